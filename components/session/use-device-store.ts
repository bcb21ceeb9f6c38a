'use client';

import { useSyncExternalStore } from 'react';
import { createIndexedDbStore } from '@/lib/storage/indexed-db';
import { toStorageError, withMemoryFallback, type KeyValueStore, type StorageErrorKind } from '@/lib/storage/store';

let store: KeyValueStore | null = null;
let isEphemeral = false;
const listeners = new Set<() => void>();

/**
 * The one on-device store for this tab; falls back to memory when the browser
 * refuses storage. Only the hooks in this folder use it: components reach
 * storage through them.
 */
export function deviceStore(): KeyValueStore {
  store ??= withMemoryFallback(createIndexedDbStore(), () => {
    isEphemeral = true;
    listeners.forEach((listener) => listener());
  });
  return store;
}

/** True once saving on this device turned out to be impossible in this browser. */
export function useIsEphemeral(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => isEphemeral,
    () => false,
  );
}

export type Saved = { readonly ok: true } | { readonly ok: false; readonly problem: StorageErrorKind };

/** A storage failure as a result, never a throw the screen could miss. */
export async function saved(work: Promise<void>): Promise<Saved> {
  try {
    await work;
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: toStorageError(error).kind };
  }
}
