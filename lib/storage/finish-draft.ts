import type { Template } from '../template/types';
import { versionFromDraft } from '../agreement/draft';
import { newId } from '../agreement/ids';
import type { Agreement, Draft } from '../agreement/schema';
import { reviseTogether, type ReviseProblem } from '../agreement/versions';
import { deleteDraft, loadAgreement, saveAgreement } from './repository';
import type { KeyValueStore } from './store';

export type FinishResult = { readonly ok: true; readonly agreement: Agreement } | { readonly ok: false; readonly message: string };

const REVISE_PROBLEMS: Record<ReviseProblem | 'missing', string> = {
  missing: 'The agreement this revision belongs to is no longer on this device.',
  withdrawn: 'This agreement was withdrawn, so it cannot get a new version. You can start a new agreement instead.',
  notARevision: 'This draft does not belong to that agreement.',
  outdated: 'The agreement changed while you were revising it (someone made a term stricter). Open it, look at the change, then revisit again.',
  otherTemplate: 'This revision was made with a different version of the questions.',
  incomplete: 'Some answers are missing.',
  unsettled: 'Some terms are still to talk about.',
  acknowledgements: 'Each of you needs to tick every statement.',
  signatures: 'Each of you needs to sign with your own name.',
};

/**
 * Signs a complete draft: version 1 of a new agreement, or the next version of
 * the agreement it revises. The agreement is saved before the draft is
 * removed, so a failure never loses both.
 */
export async function finishDraft(store: KeyValueStore, template: Template, draft: Draft, now = new Date()): Promise<FinishResult> {
  let agreement: Agreement;
  if (draft.revisionOf) {
    const base = await loadAgreement(store, draft.revisionOf.agreementId);
    if (!base) return { ok: false, message: REVISE_PROBLEMS.missing };
    const result = reviseTogether(template, base, draft, now);
    if (!result.ok) return { ok: false, message: REVISE_PROBLEMS[result.problem] };
    agreement = result.agreement;
  } else {
    agreement = { id: newId(), versions: [versionFromDraft(template, draft, 1, null, now)] };
  }
  await saveAgreement(store, agreement);
  await deleteDraft(store, draft.id);
  return { ok: true, agreement };
}
