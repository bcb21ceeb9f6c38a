'use client';

import { useSyncExternalStore } from 'react';
import { createIndexedDbStore } from '@/lib/storage/indexed-db';
import { withMemoryFallback, type KeyValueStore } from '@/lib/storage/store';

let store: KeyValueStore | null = null;
let isEphemeral = false;
const listeners = new Set<() => void>();

/** The one on-device store for this tab; falls back to memory when the browser refuses storage. */
export function getStore(): KeyValueStore {
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
