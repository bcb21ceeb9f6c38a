'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApartSession } from '@/lib/apart/session';
import { sessionFromStored } from '@/lib/apart/session';
import { syncPlan, unionAgreement } from '@/lib/apart/sync';
import { loadAgreement, saveAgreement } from '@/lib/storage/repository';
import { apartClient, useApartList, useApartStatus } from './use-apart';
import { deviceStore } from './use-device-store';

export type SyncState =
  | { readonly kind: 'idle' }
  /** The other phone added something (a tightening, a "seen" signature, a withdrawal): saved here. */
  | { readonly kind: 'updated' }
  | { readonly kind: 'gone' }
  | { readonly kind: 'conflict' };

const LOCAL_CHECK_MS = 3_000;

/**
 * Keeps an agreement made on two phones in step with the shared record: what the other phone added
 * is saved here, and what only this phone holds (a change made on the agreement page) is sent.
 * Nothing is ever removed on either side; two different histories are refused, not merged.
 */
export function useApartSync(agreementId: string | null): SyncState {
  const list = useApartList();
  const entry = list.status === 'ready' && agreementId ? list.items.find((item) => item.agreementId === agreementId) : undefined;
  const stored = entry?.session;
  const session = useMemo<ApartSession | null>(() => (stored ? sessionFromStored(stored) : null), [stored]);
  const { status, problem } = useApartStatus(session);
  const [state, setState] = useState<SyncState>({ kind: 'idle' });
  const running = useRef(false);
  // What the last sync saw, so an unchanged phone copy and record cost no request.
  const last = useRef<{ local: string; rev: number; seen: number }>({ local: '', rev: -1, seen: 0 });
  const recordRev = status?.recordRev ?? 0;

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
        if (localJson === last.current.local && recordRev === last.current.rev) return;
        const read = await apartClient.readRecord(session);
        if (!read.ok || !read.value || stopped) return;
        const plan = syncPlan(local.item, read.value.value.agreement, session.role);
        if (!plan.ok) return setState({ kind: 'conflict' });
        if (plan.save) {
          await saveAgreement(deviceStore(), plan.save);
          setState({ kind: 'updated' });
        }
        if (plan.push) {
          const joined = plan.save ?? local.item;
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
        last.current = { ...last.current, local: JSON.stringify(plan.save ?? local.item), rev: plan.push ? -1 : read.value.rev };
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
  }, [session, agreementId, problem, recordRev]);

  if (problem === 'not-found') return { kind: 'gone' };
  return state;
}
