import type { Template } from '../template/types';
import { relateToSaved } from '../agreement/incoming';
import { otherPartner, type Agreement, type PartnerKey } from '../agreement/schema';
import { apartRevision, proposalKey, type ApartProposal, type ApartRevisionSigned } from './loosen';
import type { ApartProblem } from './problems';
import type { ApartRecord } from './shared';
import { syncPlan, unionAgreement } from './sync';

/**
 * The decisions of one sync round on the agreement page of an agreement made on two phones, as
 * plain functions (the hook only fetches, saves and sends what these say).
 */

/** What the last round saw, so an unchanged phone copy and status cost no request. */
export interface SyncMemo {
  /** The phone's copy as JSON. */
  readonly local: string;
  /** The status revision it was compared at; -1 to look again next round. */
  readonly rev: number;
  /** The record revision this device said it has seen. */
  readonly seen: number;
}

export const FIRST_MEMO: SyncMemo = { local: '', rev: -1, seen: 0 };

/** Look at the record only when the phone's copy or the status (the record, either slot) changed. */
export function needsLook(memo: SyncMemo, localJson: string, statusRev: number): boolean {
  return localJson !== memo.local || statusRev !== memo.rev;
}

export type SyncDecision =
  /** Two different histories, or a change that could not be either side's own: nothing joined. */
  | { readonly kind: 'conflict' }
  | {
      readonly kind: 'sync';
      /** To save on this phone (it holds more than the phone's copy), or null. */
      readonly save: Agreement | null;
      /** What was saved: the other phone's doing, or a change both signed, each on their own phone. */
      readonly savedAs: 'updated' | 'together' | null;
      /** Send this phone's copy to the record: it holds what the other does not. */
      readonly push: boolean;
      /** The agreement the page works on after this round. */
      readonly shown: Agreement;
      readonly proposal: ApartProposal | null;
    };

export interface SyncInput {
  /** This agreement's template, undefined when this app does not know it (then no revision is built). */
  readonly template: Template | undefined;
  /** The phone's own copy. */
  readonly local: Agreement;
  /** The shared record, already decrypted and checked as an imported file is. */
  readonly record: ApartRecord;
  readonly me: PartnerKey;
  /** Each partner's signature for a proposal, from their own progress slot. */
  readonly signed: Readonly<Record<PartnerKey, ApartRevisionSigned | undefined>>;
}

/**
 * One round: a revision both signed (each in their own slot) is built here from the shared parts
 * only, on the version it was proposed for, so it still matches after this phone moved on; then
 * the phone's copy and the record's are joined, or refused.
 */
export function decideSync({ template, local, record, me, signed }: SyncInput): SyncDecision {
  const proposal = record.proposal ?? null;
  const onBase = proposal && local.versions.length > proposal.base ? { id: local.id, versions: local.versions.slice(0, proposal.base) } : local;
  const together = template && proposal ? apartRevision(template, onBase, proposal, signed) : null;
  const start = together && relateToSaved(local, together).kind === 'newer' ? together : local;
  const plan = syncPlan(start, record.agreement, me, together);
  if (!plan.ok) return { kind: 'conflict' };
  const save = plan.save ?? (start === local ? null : start);
  return {
    kind: 'sync',
    save,
    savedAs: save === null ? null : start === local ? 'updated' : 'together',
    push: plan.push,
    shown: save ?? local,
    proposal,
  };
}

/** The record to write after a push: the current one with every version either side holds (never fewer). */
export function recordWithUnion(current: ApartRecord, agreement: Agreement): ApartRecord {
  const union = unionAgreement(agreement, current.agreement);
  return union.ok ? { ...current, agreement: union.agreement } : current;
}

/** After a round: a push changes the record, so the next round looks again. */
export function memoAfter(memo: SyncMemo, shown: Agreement, pushed: boolean, statusRev: number): SyncMemo {
  return { ...memo, local: JSON.stringify(shown), rev: pushed ? -1 : statusRev };
}

/** Tell the server this device has seen the record up to `recordRev` only when that is news. */
export function shouldMarkSeen(memo: SyncMemo, recordRev: number): boolean {
  return recordRev > memo.seen;
}

/**
 * How a refusal from the server is taken: the shared copy deleted or expired ('gone': the phone
 * keeps everything, nothing more is asked); something that did not decrypt or pass the checks
 * ('refused': nothing from it is used, nothing here changes); anything else is tried again next round.
 */
export function syncRefusal(problem: ApartProblem): 'gone' | 'refused' | 'retry' {
  if (problem === 'not-found') return 'gone';
  if (problem === 'altered' || problem === 'invalid') return 'refused';
  return 'retry';
}

/** Whether this partner's, or the other's, signature in their own slot is for this very proposal. */
export function signedProposal(proposal: ApartProposal | null, signed: Readonly<Record<PartnerKey, ApartRevisionSigned | undefined>>, me: PartnerKey) {
  const fits = (entry: ApartRevisionSigned | undefined) => Boolean(proposal && entry && entry.base === proposal.base && entry.terms === proposalKey(proposal));
  return { mine: fits(signed[me]), other: fits(signed[otherPartner(me)]) };
}
