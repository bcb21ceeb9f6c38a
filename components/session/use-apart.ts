'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createApartClient, type ApartProblem, type ApartStatus } from '@/lib/apart/client';
import { apartStateSchema, firstProgress, newApartState, type ApartState } from '@/lib/apart/device-state';
import { sessionFromStored, type ApartSession } from '@/lib/apart/session';
import { nextPollDelay } from '@/lib/apart/poll';
import { createApartValidators, type ApartProgress, type ApartRecord } from '@/lib/apart/shared';
import { defaultTemplate, findTemplate } from '@/templates';
import type { Answers } from '@/lib/template/schema';
import type { AppId } from '@/lib/template/types';
import { newId } from '@/lib/agreement/ids';
import { normaliseName } from '@/lib/agreement/names';
import type { Agreement } from '@/lib/agreement/schema';
import { relateToSaved } from '@/lib/agreement/incoming';
import { loadAgreement, saveAgreement, type LoadedOne } from '@/lib/storage/repository';
import { setAside } from '@/lib/storage/set-aside';
import { toStorageError, type KeyValueStore, type StorageErrorKind } from '@/lib/storage/store';
import { deviceStore, saved, type Saved } from './use-device-store';
import { useRecord } from './use-record';

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

/** Statuses this tab already holds for an entry it just made (the join answers with one), by local id. */
const firstStatus = new Map<string, ApartStatus<ApartProgress>>();

/** The status this tab already has for an entry, taken once, so its screen need not wait for a poll. */
export function takeFirstStatus(id: string | null): ApartStatus<ApartProgress> | null {
  if (!id) return null;
  const status = firstStatus.get(id) ?? null;
  firstStatus.delete(id);
  return status;
}

export type Begun = { readonly ok: true; readonly id: string } | { readonly ok: false; readonly problem: StorageErrorKind };

/**
 * Right after A started or B joined: this device's first progress (its name, and A's apps) goes to
 * its own slot, and the entry is kept on the device. B keeps the apps A chose, as the join showed
 * them, and the join's status is handed to the session screen.
 */
export async function beginApart(input: { session: ApartSession; name: string; apps?: readonly AppId[]; joined?: ApartStatus<ApartProgress> }): Promise<Begun> {
  const myName = normaliseName(input.name);
  const sent = await apartClient.saveProgress(input.session, firstProgress(myName, defaultTemplate.sections.length, input.apps), 0);
  const partnerApps = input.joined?.progress.a?.value.apps;
  const partnerName = input.joined?.progress.a?.value.name;
  const state = newApartState({
    id: newId(),
    session: input.session,
    myName,
    ...(input.apps ? { apps: input.apps } : {}),
    ...(partnerApps ? { partnerApps } : {}),
    ...(partnerName ? { partnerName } : {}),
    progressRev: sent.ok ? sent.value.rev : 0,
    now: new Date(),
  });
  const kept = await saveNewApart(state);
  if (!kept.ok) return kept;
  if (input.joined) firstStatus.set(state.id, input.joined);
  return { ok: true, id: state.id };
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

/**
 * Polls the status route (how often: `nextPollDelay`, 2 s while the page is visible, 15 s when it is
 * hidden or the last poll failed, stopped once the copy is gone). Unchanged answers cost a 304.
 * `refresh` polls at once (after this device wrote). `first` is a status this tab already holds.
 */
export function useApartStatus(session: ApartSession | null, first: ApartStatus<ApartProgress> | null = null) {
  const [status, setStatus] = useState<ApartStatus<ApartProgress> | null>(first);
  const [problem, setProblem] = useState<ApartProblem | null>(null);
  const poke = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!session) return;
    let etag: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let last: { problem: ApartProblem | null; retryAfter?: number } = { problem: null };
    let running = false;
    let again = false;

    const schedule = () => {
      clearTimeout(timer);
      const delay = nextPollDelay({ hidden: document.hidden, ...last });
      if (!stopped && delay !== null) timer = setTimeout(run, delay);
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
      last = result.ok ? { problem: null } : { problem: result.problem, ...(result.retryAfter === undefined ? {} : { retryAfter: result.retryAfter }) };
      setProblem(last.problem);
      if (result.ok && result.value.changed) {
        etag = result.value.etag;
        setStatus(result.value.status);
      }
      // Gone for good: nothing more to ask.
      if (last.problem === 'not-found') return;
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
