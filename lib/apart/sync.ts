import { relateToSaved } from '../agreement/incoming';
import type { Agreement } from '../agreement/schema';

/**
 * After both signed, each phone keeps its own agreement and the shared record carries a copy, so a
 * change made on one phone (a tightening, a "seen" signature, a withdrawal) reaches the other.
 * Nothing is ever removed: the union keeps every version either side holds, or refuses.
 */
export type Union = { readonly ok: true; readonly agreement: Agreement } | { readonly ok: false; readonly problem: 'diverged' | 'altered' };

/** Everything `local` and `shared` hold together (both already checked), or why they cannot be joined. */
export function unionAgreement(local: Agreement, shared: Agreement | undefined): Union {
  if (!shared) return { ok: true, agreement: local };
  const relation = relateToSaved(local, shared);
  switch (relation.kind) {
    case 'identical':
    case 'older':
      return { ok: true, agreement: local };
    case 'newer':
      return { ok: true, agreement: relation.merged };
    case 'diverged':
    case 'altered':
      return { ok: false, problem: relation.kind };
  }
}

export interface SyncPlan {
  /** Save on this phone: the shared copy added something. */
  readonly save: Agreement | null;
  /** Write to the shared record: this phone holds something the other does not. */
  readonly push: boolean;
}

const same = (first: Agreement | undefined, second: Agreement | undefined) => JSON.stringify(first) === JSON.stringify(second);

/** What to do with the phone's copy and the shared one. */
export function syncPlan(local: Agreement, shared: Agreement | undefined): ({ readonly ok: true } & SyncPlan) | Extract<Union, { ok: false }> {
  const union = unionAgreement(local, shared);
  if (!union.ok) return union;
  return { ok: true, save: same(union.agreement, local) ? null : union.agreement, push: !same(union.agreement, shared) };
}
