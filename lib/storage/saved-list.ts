import type { Template } from '../template/types';
import { nextReviewForAgreement } from '../agreement/review';
import { latestVersion } from '../agreement/versions';
import { loadAgreements, loadDrafts } from './repository';
import { listSetAside } from './set-aside';
import type { KeyValueStore } from './store';

/** What the home page lists of one saved item: plain values, so the page needs no schemas of its own. */
export interface SavedAgreementSummary {
  readonly id: string;
  readonly names: string;
  readonly version: number;
  readonly signedAt: string;
  readonly withdrawnAt?: string;
  /** The next check-in day ("2027-05-24"), when one is due. */
  readonly review?: string;
}

export interface SavedDraftSummary {
  readonly id: string;
  readonly names: string;
  readonly isRevision: boolean;
  readonly updatedAt: string;
}

export interface SavedList {
  readonly agreements: SavedAgreementSummary[];
  readonly drafts: SavedDraftSummary[];
  /** Unreadable records moved aside by this very listing (kept, never discarded). */
  readonly setAside: number;
  /** Everything kept aside on this device, from this listing or any earlier time. */
  readonly keptAside: number;
}

function names(item: { partners?: { a: { name: string }; b: { name: string } } }): string {
  return item.partners ? `${item.partners.a.name} and ${item.partners.b.name}` : 'Not named yet';
}

/** Everything saved on this device, newest first, as the home page lists it; `findTemplate` says when each is due a review. */
export async function listSavedWork(store: KeyValueStore, findTemplate: (id: string, version: number) => Template | undefined): Promise<SavedList> {
  const [drafts, agreements] = await Promise.all([loadDrafts(store), loadAgreements(store)]);
  const agreementRows: SavedAgreementSummary[] = [];
  for (const agreement of agreements.items) {
    const latest = latestVersion(agreement);
    const template = findTemplate(latest.templateId, latest.templateVersion);
    const review = template ? nextReviewForAgreement(template.review, agreement) : null;
    agreementRows.push({
      id: agreement.id,
      names: names(latest),
      version: latest.version,
      signedAt: latest.createdAt,
      ...(agreement.withdrawn ? { withdrawnAt: agreement.withdrawn.at } : {}),
      ...(review ? { review } : {}),
    });
  }
  return {
    agreements: agreementRows,
    drafts: drafts.items.map((draft) => ({ id: draft.id, names: names(draft), isRevision: Boolean(draft.revisionOf), updatedAt: draft.updatedAt })),
    setAside: drafts.setAside + agreements.setAside,
    keptAside: (await listSetAside(store)).length,
  };
}
