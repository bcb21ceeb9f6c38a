'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApartSession } from '@/lib/apart/session';
import { sessionFromStored } from '@/lib/apart/session';
import { decideSync, FIRST_MEMO, memoAfter, needsLook, recordWithUnion, shouldMarkSeen, signedProposal, syncRefusal } from '@/lib/apart/sync-step';
import type { ApartProposal } from '@/lib/apart/loosen';
import type { ApartProgress } from '@/lib/apart/shared';
import type { Versioned } from '@/lib/apart/client';
import { otherPartner, type Agreement, type PartnerKey } from '@/lib/agreement/schema';
import type { ApartState } from '@/lib/apart/device-state';
import { findTemplate } from '@/templates';
import { loadAgreement, saveAgreement } from '@/lib/storage/repository';
import { apartClient, useApartList, useApartStatus } from './use-apart';
import { deviceStore } from './use-device-store';

export type SyncState =
  | { readonly kind: 'idle' }
  /** The other phone added something (a tightening, a "seen" signature, a withdrawal): saved here. */
  | { readonly kind: 'updated' }
  /** Both signed a change proposed on two phones, each in their own slot: the new version is saved here. */
  | { readonly kind: 'together' }
  | { readonly kind: 'gone' }
  | { readonly kind: 'conflict' }
  /** What the shared copy holds did not decrypt or pass the checks: nothing from it was used. */
  | { readonly kind: 'refused' };

const LOCAL_CHECK_MS = 3_000;

/** The shared copy on the server, as this phone last saw it: when it expires, and who else uses it. */
export interface SharedCopy {
  readonly entry: ApartState;
  readonly session: ApartSession;
  readonly expiresAt: number;
  readonly otherName: string;
}

/** What a revision made together on two phones needs: the proposal in the record and whose slot signed it. */
export interface ApartTogether {
  readonly session: ApartSession;
  readonly agreement: Agreement;
  readonly proposal: ApartProposal | null;
  readonly mine: Versioned<ApartProgress> | null;
  readonly signed: { readonly mine: boolean; readonly other: boolean };
}

/**
 * Keeps an agreement made on two phones in step with the shared record: what the other phone added
 * is saved here, and what only this phone holds (a change made on the agreement page) is sent.
 * Nothing is ever removed on either side; two different histories are refused, not merged. What to
 * do is decided in lib/apart/sync-step.ts; this hook only reads, saves and sends.
 */
export interface ApartSyncResult {
  readonly state: SyncState;
  /**
   * The partner this phone belongs to, for an agreement made on two phones; null when it was made
   * together on one phone (then either partner may be holding it); 'loading' until the phone's list
   * is read, so nothing is offered "for both" before anyone knows whose phone it is.
   */
  readonly thisPhone: PartnerKey | null | 'loading';
  readonly together: ApartTogether | null;
  readonly shared: SharedCopy | null;
}

export function useApartSync(agreementId: string | null): ApartSyncResult {
  const list = useApartList();
  const entry = list.status === 'ready' && agreementId ? list.items.find((item) => item.agreementId === agreementId) : undefined;
  const stored = entry?.session;
  const session = useMemo<ApartSession | null>(() => (stored ? sessionFromStored(stored) : null), [stored]);
  const { status, problem } = useApartStatus(session);
  const [state, setState] = useState<SyncState>({ kind: 'idle' });
  const [seen, setSeen] = useState<{ agreement: Agreement; proposal: ApartProposal | null } | null>(null);
  const running = useRef(false);
  const memo = useRef(FIRST_MEMO);
  // Any change to the record or either slot (a proposal, a signature for it) makes the sync look again.
  const statusRev = status?.rev ?? 0;
  const progress = status?.progress;

  useEffect(() => {
    if (!session || !agreementId || problem === 'not-found') return;
    let stopped = false;
    const refused = (why: Parameters<typeof syncRefusal>[0]) => {
      const taken = syncRefusal(why);
      if (taken !== 'retry') setState({ kind: taken });
    };
    const sync = async () => {
      if (running.current || document.hidden) return;
      running.current = true;
      try {
        const local = await loadAgreement(deviceStore(), agreementId);
        if (!local.found || stopped || !needsLook(memo.current, JSON.stringify(local.item), statusRev)) return;
        const read = await apartClient.readRecord(session);
        if (stopped) return;
        if (!read.ok) return refused(read.problem);
        if (!read.value) return;
        const record = read.value;
        const template = findTemplate(local.item.versions[0]!.templateId, local.item.versions.at(-1)!.templateVersion);
        const signed = { a: progress?.a?.value.revision, b: progress?.b?.value.revision };
        const decision = decideSync({ template, local: local.item, record: record.value, me: session.role, signed });
        if (decision.kind === 'conflict') return setState({ kind: 'conflict' });
        setState((now) => (now.kind === 'refused' ? { kind: 'idle' } : now));
        setSeen({ agreement: decision.shown, proposal: decision.proposal });
        if (decision.save) {
          await saveAgreement(deviceStore(), decision.save);
          setState({ kind: decision.savedAs ?? 'updated' });
        }
        if (decision.push) {
          const written = await apartClient.updateRecord(session, (current) => recordWithUnion(current?.value ?? record.value, decision.shown), record);
          if (!written.ok) refused(written.problem);
        }
        memo.current = memoAfter(memo.current, decision.shown, decision.push, statusRev);
        if (shouldMarkSeen(memo.current, record.rev)) {
          const marked = await apartClient.markSeen(session, record.rev);
          if (marked.ok) memo.current = { ...memo.current, seen: marked.value.seen };
        }
      } finally {
        running.current = false;
      }
    };
    void sync();
    const timer = setInterval(() => void sync(), LOCAL_CHECK_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [session, agreementId, problem, statusRev, progress]);

  const me = session?.role;
  const together: ApartTogether | null =
    session && me && seen && problem !== 'not-found'
      ? {
          session,
          agreement: seen.agreement,
          proposal: seen.proposal,
          mine: progress?.[me] ?? null,
          signed: signedProposal(seen.proposal, { a: progress?.a?.value.revision, b: progress?.b?.value.revision }, me),
        }
      : null;
  const thisPhone = list.status === 'loading' ? 'loading' : (session?.role ?? null);
  if (problem === 'not-found') return { state: { kind: 'gone' }, thisPhone, together: null, shared: null };
  const shared: SharedCopy | null =
    entry && session && status && !entry.gone
      ? { entry, session, expiresAt: status.expiresAt, otherName: status.progress[otherPartner(session.role)]?.value.name ?? entry.partnerName ?? 'your partner' }
      : null;
  return { state, thisPhone, together, shared };
}
