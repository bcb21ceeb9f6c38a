'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createApartClient, type ApartProblem, type ApartStatus } from '@/lib/apart/client';
import { apartStateSchema, type ApartState } from '@/lib/apart/device-state';
import { sessionFromStored, type ApartSession } from '@/lib/apart/session';
import { createApartValidators, type ApartProgress, type ApartRecord } from '@/lib/apart/shared';
import { findTemplate } from '@/templates';
import type { Answers } from '@/lib/template/schema';
import type { Agreement, PartnerKey } from '@/lib/agreement/schema';
import { relateToSaved } from '@/lib/agreement/incoming';
import { loadAgreement, saveAgreement, type LoadedOne } from '@/lib/storage/repository';
import { setAside } from '@/lib/storage/set-aside';
import { toStorageError, type KeyValueStore, type StorageErrorKind } from '@/lib/storage/store';
import { deviceStore, saved, type Saved } from './use-device-store';
import { useRecord } from './use-record';
import { useApartList } from './use-apart-list';

export { useApartList, type ApartList } from './use-apart-list';

/** The one apart-mode client of this tab: everything it receives passes the agreement's own checks. */
export const apartClient = createApartClient<Answers, ApartProgress, ApartRecord>({ validators: createApartValidators(findTemplate) });

async function loadApartState(store: KeyValueStore, id: string): Promise<LoadedOne<ApartState>> {
  const value = await store.get('apart', id);
  if (value === undefined) return { found: false, setAside: false };
  const parsed = apartStateSchema.safeParse(value);
  if (parsed.success && sessionFromStored(parsed.data.session)) return { found: true, item: parsed.data };
  // Kept, never lost: an unreadable entry is moved aside, as drafts are.
  await setAside(store, 'apart', id, value);
  await store.delete('apart', id);
  return { found: false, setAside: true };
}

/** Saves a new apart entry on this device (before anything else is shown for it). */
export function saveNewApart(state: ApartState): Promise<Saved> {
  return saved(deviceStore().put('apart', state.id, apartStateSchema.parse(state)));
}

/** One apart entry on this device: loaded by id, every change saved in order (a newer one is never overwritten). */
export function useApartState(id: string | null) {
  const [load, setLoad] = useRecord(id, loadApartState);
  const [saveProblem, setSaveProblem] = useState<StorageErrorKind | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef<ApartState | null>(null);

  useEffect(() => {
    if (load.status === 'ready' && latest.current?.id !== load.item.id) latest.current = load.item;
  }, [load]);

  const update = useCallback(
    (change: (current: ApartState) => ApartState): Promise<void> => {
      const current = latest.current;
      if (!current) return Promise.resolve();
      const next = { ...change(current), updatedAt: new Date().toISOString() };
      latest.current = next;
      setLoad({ status: 'ready', item: next });
      queue.current = queue.current
        .then(() => deviceStore().put('apart', next.id, apartStateSchema.parse(next)))
        .then(() => setSaveProblem(null))
        .catch((error: unknown) => setSaveProblem(toStorageError(error).kind));
      return queue.current;
    },
    [setLoad],
  );

  // One session object while the stored one is the same: a new object would restart the poll and re-derive the keys.
  const stored = load.status === 'ready' ? JSON.stringify(load.item.session) : null;
  const session = useMemo<ApartSession | null>(() => (stored ? sessionFromStored(JSON.parse(stored)) : null), [stored]);
  return { load, session, saveProblem, update, current: () => latest.current };
}

const VISIBLE_MS = 2_000;
const HIDDEN_MS = 15_000;

/**
 * Polls the status route: every 2 s while the page is visible, every 15 s when it is hidden or the
 * last poll failed. Unchanged answers cost a 304. `refresh` polls at once (after this device wrote).
 */
export function useApartStatus(session: ApartSession | null) {
  const [status, setStatus] = useState<ApartStatus<ApartProgress> | null>(null);
  const [problem, setProblem] = useState<ApartProblem | null>(null);
  const poke = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!session) return;
    let etag: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let failing = false;
    let running = false;
    let again = false;

    const schedule = () => {
      clearTimeout(timer);
      if (!stopped) timer = setTimeout(run, document.hidden || failing ? HIDDEN_MS : VISIBLE_MS);
    };
    async function run() {
      if (running) {
        again = true;
        return;
      }
      running = true;
      const result = await apartClient.status(session as ApartSession, etag);
      running = false;
      if (stopped) return;
      if (result.ok) {
        failing = false;
        setProblem(null);
        if (result.value.changed) {
          etag = result.value.etag;
          setStatus(result.value.status);
        }
      } else {
        failing = true;
        setProblem(result.problem);
        // Gone for good: nothing more to ask.
        if (result.problem === 'not-found') return;
      }
      if (again) {
        again = false;
        void run();
        return;
      }
      schedule();
    }
    const onVisibility = () => {
      if (!document.hidden) void run();
    };
    poke.current = () => void run();
    void run();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [session]);

  const refresh = useCallback(() => poke.current(), []);
  return { status, problem, refresh };
}

export type KeepAgreement = { readonly ok: true; readonly agreement: Agreement } | { readonly ok: false; readonly problem: StorageErrorKind | 'differs' };

/**
 * Saves the agreement both devices built. A copy this device already holds under the same id is
 * related to it as an import would be: kept when it holds as much or more, never replaced by less,
 * and never overwritten by a copy that differs.
 */
export async function keepApartAgreement(agreement: Agreement): Promise<KeepAgreement> {
  try {
    const store = deviceStore();
    const existing = await loadAgreement(store, agreement.id);
    if (!existing.found) {
      await saveAgreement(store, agreement);
      return { ok: true, agreement };
    }
    const relation = relateToSaved(existing.item, agreement);
    if (relation.kind === 'identical' || relation.kind === 'older') return { ok: true, agreement: existing.item };
    if (relation.kind !== 'newer') return { ok: false, problem: 'differs' };
    await saveAgreement(store, relation.merged);
    return { ok: true, agreement: relation.merged };
  } catch (error) {
    return { ok: false, problem: toStorageError(error).kind };
  }
}

/** The local id of the entry this phone already holds for an invite link, if it joined (or started) with it. */
export async function findApartEntry(fragment: string): Promise<string | null> {
  try {
    for (const [, value] of await deviceStore().entries('apart')) {
      const parsed = apartStateSchema.safeParse(value);
      if (!parsed.success) continue;
      const stored = parsed.data.session as { fragment?: unknown } | null;
      if (stored && typeof stored === 'object' && stored.fragment === fragment.trim()) return parsed.data.id;
    }
  } catch {
    // Nothing readable here: the invite is checked as on any phone.
  }
  return null;
}

/**
 * The partner this phone belongs to, for an agreement made on two phones; null when it was made
 * together on one phone (then either partner may be holding it). Each partner acts only for
 * themself, so on their own phone the app offers only them.
 */
export function useThisPhonePartner(agreementId: string | null): PartnerKey | null {
  const list = useApartList();
  if (list.status !== 'ready' || !agreementId) return null;
  const entry = list.items.find((item) => item.agreementId === agreementId);
  return entry ? (sessionFromStored(entry.session)?.role ?? null) : null;
}
