import type { Template } from '../template/types';
import { versionFromDraft } from '../agreement/draft';
import { newId } from '../agreement/ids';
import type { Agreement, Draft } from '../agreement/schema';
import { deleteDraft, saveAgreement } from './repository';
import type { KeyValueStore } from './store';

/**
 * Signs a complete draft as version 1 of a new agreement. The agreement is
 * saved before the draft is removed, so a failure never loses both.
 */
export async function finishNewAgreement(store: KeyValueStore, template: Template, draft: Draft, now = new Date()): Promise<Agreement> {
  const agreement: Agreement = { id: newId(), versions: [versionFromDraft(template, draft, 1, null, now)] };
  await saveAgreement(store, agreement);
  await deleteDraft(store, draft.id);
  return agreement;
}
