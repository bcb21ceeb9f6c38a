'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApartSession } from '@/lib/apart/session';
import { sessionFromStored } from '@/lib/apart/session';
import { syncPlan, unionAgreement } from '@/lib/apart/sync';
import { apartRevision, proposalKey, type ApartProposal, type ApartRevisionSigned } from '@/lib/apart/loosen';
import type { ApartProgress } from '@/lib/apart/shared';
import type { Versioned } from '@/lib/apart/client';
import type { Agreement } from '@/lib/agreement/schema';
import { relateToSaved } from '@/lib/agreement/incoming';
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
  | { readonly kind: 'conflict' };

const LOCAL_CHECK_MS = 3_000;

const signedThis = (proposal: ApartProposal | null, signed: ApartRevisionSigned | undefined) =>
  Boolean(proposal && signed && signed.base === proposal.base && signed.terms === proposalKey(proposal));

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
 * Nothing is ever removed on either side; two different histories are refused, not merged.
 */
export function useApartSync(agreementId: string | null): { readonly state: SyncState; readonly together: ApartTogether | null } {
  const list = useApartList();
  const entry = list.status === 'ready' && agreementId ? list.items.find((item) => item.agreementId === agreementId) : undefined;
  const stored = entry?.session;
  const session = useMemo<ApartSession | null>(() => (stored ? sessionFromStored(stored) : null), [stored]);
  const { status, problem } = useApartStatus(session);
  const [state, setState] = useState<SyncState>({ kind: 'idle' });
  const [seen, setSeen] = useState<{ agreement: Agreement; proposal: ApartProposal | null } | null>(null);
  const running = useRef(false);
  // What the last sync saw, so an unchanged phone copy and record cost no request.
  const last = useRef<{ local: string; rev: number; seen: number }>({ local: '', rev: -1, seen: 0 });
  // Any change to the record or either slot (a proposal, a signature for it) makes the sync look again.
  const statusRev = status?.rev ?? 0;
  const progress = status?.progress;

  useEffect(() => {
    if (!session || !agreementId || problem === 'not-found') return;
    let stopped = false;
    const sync = async () => {
      if (running.current || document.hidden) return;
      running.current = true;
      try {
        const local = await loadAgreement(deviceStore(), agreementId);
        if (!local.found || stopped) return;
        const localJson = JSON.stringify(local.item);
        if (localJson === last.current.local && statusRev === last.current.rev) return;
        const read = await apartClient.readRecord(session);
        if (!read.ok || !read.value || stopped) return;
        const proposal = read.value.value.proposal ?? null;
        // A revision both signed, each in their own slot: built here from those shared parts only.
        const template = findTemplate(local.item.versions[0]!.templateId, local.item.versions.at(-1)!.templateVersion);
        // Built on the version it was proposed for, so it still matches after this phone moved on.
        const onBase = proposal && local.item.versions.length > proposal.base ? { id: local.item.id, versions: local.item.versions.slice(0, proposal.base) } : local.item;
        const together = template
          ? apartRevision(template, onBase, proposal ?? undefined, { a: progress?.a?.value.revision, b: progress?.b?.value.revision })
          : null;
        const start = together && relateToSaved(local.item, together).kind === 'newer' ? together : local.item;
        const plan = syncPlan(start, read.value.value.agreement, session.role, together);
        if (!plan.ok) return setState({ kind: 'conflict' });
        const toSave = plan.save ?? (start === local.item ? null : start);
        setSeen({ agreement: toSave ?? local.item, proposal });
        if (toSave) {
          await saveAgreement(deviceStore(), toSave);
          setState({ kind: start === local.item ? 'updated' : 'together' });
        }
        if (plan.push) {
          const joined = toSave ?? local.item;
          await apartClient.updateRecord(
            session,
            (current) => {
              const base = current?.value ?? read.value!.value;
              const union = unionAgreement(joined, base.agreement);
              return union.ok ? { ...base, agreement: union.agreement } : base;
            },
            read.value,
          );
        }
        last.current = { ...last.current, local: JSON.stringify(toSave ?? local.item), rev: plan.push ? -1 : statusRev };
        if (read.value.rev > last.current.seen) {
          const seen = await apartClient.markSeen(session, read.value.rev);
          if (seen.ok) last.current = { ...last.current, seen: seen.value.seen };
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
          signed: { mine: signedThis(seen.proposal, progress?.[me]?.value.revision), other: signedThis(seen.proposal, progress?.[me === 'a' ? 'b' : 'a']?.value.revision) },
        }
      : null;
  if (problem === 'not-found') return { state: { kind: 'gone' }, together: null };
  return { state, together };
}
