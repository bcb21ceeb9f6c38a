import type { Template } from '../template/types';
import { versionFromSigned, type SignedDraft } from '../agreement/draft';
import { newId } from '../agreement/ids';
import type { Agreement } from '../agreement/schema';
import { reviseTogether, type ReviseProblem } from '../agreement/versions';
import { deleteDraft, loadAgreement, saveAgreement } from './repository';
import { toStorageError, type KeyValueStore, type StorageErrorKind } from './store';

export type FinishProblem = ReviseProblem | 'missing' | StorageErrorKind;

export type FinishResult =
  /** `draftKept`: the agreement is saved but the finished draft could not be removed, so it is still listed. */
  | { readonly ok: true; readonly agreement: Agreement; readonly draftKept: boolean }
  | { readonly ok: false; readonly problem: FinishProblem };

/**
 * Signs a signed draft into version 1 of a new agreement, or the next version
 * of the agreement it revises. The agreement is saved before the draft is
 * removed: if saving fails the draft is untouched; if only removing the draft
 * fails, the agreement is kept and so is the draft, so nothing is lost.
 */
export async function finishDraft(store: KeyValueStore, template: Template, signed: SignedDraft, now = new Date()): Promise<FinishResult> {
  const { draft } = signed;
  try {
    let agreement: Agreement;
    if (draft.revisionOf) {
      const base = await loadAgreement(store, draft.revisionOf.agreementId);
      if (!base.found) return { ok: false, problem: 'missing' };
      const result = reviseTogether(template, base.item, signed, now);
      if (!result.ok) return result;
      agreement = result.agreement;
    } else {
      agreement = { id: newId(), versions: [versionFromSigned(signed, 1, null, now)] };
    }
    await saveAgreement(store, agreement);
    const draftKept = await deleteDraft(store, draft.id).then(
      () => false,
      () => true,
    );
    return { ok: true, agreement, draftKept };
  } catch (error) {
    return { ok: false, problem: toStorageError(error).kind };
  }
}
