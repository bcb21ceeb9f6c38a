import type { Template } from '../template/types';
import { versionFromSigned, type SignedDraft } from '../agreement/draft';
import { PARTNERS, type Agreement } from '../agreement/schema';
import { latestVersion, reviseTogether, type ReviseProblem } from '../agreement/versions';
import { deleteDraft, loadAgreement, saveAgreement } from './repository';
import { toStorageError, type KeyValueStore, type StorageErrorKind } from './store';

export type FinishProblem = ReviseProblem | 'missing' | StorageErrorKind;

export type FinishResult =
  /** `draftKept`: the agreement is saved but the finished draft could not be removed, so it is still listed. */
  | { readonly ok: true; readonly agreement: Agreement; readonly draftKept: boolean }
  | { readonly ok: false; readonly problem: FinishProblem };

/** Removes a finished draft; true when it could not be removed (it stays listed). */
const removeDraft = (store: KeyValueStore, id: string): Promise<boolean> =>
  deleteDraft(store, id).then(
    () => false,
    () => true,
  );

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
      // Already finished (the draft's removal failed last time): the version carries this draft's very signatures.
      const latest = latestVersion(base.item);
      const sameSignatures = PARTNERS.every((partner) => latest.signatures[partner].at === signed.signatures[partner].at);
      if (!latest.change && latest.parent === draft.revisionOf.version && sameSignatures) {
        return { ok: true, agreement: base.item, draftKept: await removeDraft(store, draft.id) };
      }
      const result = reviseTogether(template, base.item, signed, now);
      if (!result.ok) return result;
      agreement = result.agreement;
    } else {
      // The new agreement takes the draft's id, so a draft left behind by a failed removal
      // can only finish into the same agreement again, never a second copy.
      const already = await loadAgreement(store, draft.id);
      if (already.found) return { ok: true, agreement: already.item, draftKept: await removeDraft(store, draft.id) };
      agreement = { id: draft.id, versions: [versionFromSigned(signed, 1, null, now)] };
    }
    await saveAgreement(store, agreement);
    return { ok: true, agreement, draftKept: await removeDraft(store, draft.id) };
  } catch (error) {
    return { ok: false, problem: toStorageError(error).kind };
  }
}
