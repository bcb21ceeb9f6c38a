import { relateToSaved } from '../agreement/incoming';
import { otherPartner, type Agreement, type PartnerKey } from '../agreement/schema';

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

/**
 * Who made what `after` adds to `before` (a prefix of it): each tightening's author, each "seen"
 * signature's signer, the one who withdrew. A new version signed by both cannot come through one
 * phone (null), except the very one `together` holds: built from both partners' own slots
 * (`apartRevision`), so each signed it on their own phone.
 */
export function addedBy(before: Agreement, after: Agreement, together?: Agreement | null): PartnerKey[] | null {
  const actors: PartnerKey[] = [];
  for (const [index, version] of after.versions.entries()) {
    const old = before.versions[index];
    if (!old) {
      if (!version.change && together && JSON.stringify(together.versions[index]) === JSON.stringify(version)) continue;
      if (!version.change) return null;
      actors.push(version.change.by);
      if (version.change.seenBy) actors.push(otherPartner(version.change.by));
    } else if (version.change && version.change.seenBy && !old.change?.seenBy) {
      actors.push(otherPartner(version.change.by));
    }
  }
  if (after.withdrawn && !before.withdrawn) actors.push(after.withdrawn.by);
  return actors;
}

const same = (first: Agreement | undefined, second: Agreement | undefined) => JSON.stringify(first) === JSON.stringify(second);

/**
 * What to do with the phone's copy and the shared one, for the partner `me` this phone belongs to.
 * Each partner acts only from their own phone: what arrives must be the other's doing, and what
 * this phone sends must be its own partner's (a change made here "as" the other is never sent).
 */
export function syncPlan(
  local: Agreement,
  shared: Agreement | undefined,
  me: PartnerKey,
  together?: Agreement | null,
): ({ readonly ok: true } & SyncPlan) | Extract<Union, { ok: false }> {
  const union = unionAgreement(local, shared);
  if (!union.ok) return union;
  const arriving = addedBy(local, union.agreement, together);
  if (!arriving || arriving.some((partner) => partner === me)) return { ok: false, problem: 'altered' };
  if (shared) {
    const sending = addedBy(shared, union.agreement, together);
    if (!sending || sending.some((partner) => partner !== me)) return { ok: false, problem: 'altered' };
  }
  return { ok: true, save: same(union.agreement, local) ? null : union.agreement, push: !same(union.agreement, shared) };
}
