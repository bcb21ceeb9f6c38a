'use client';

import { createIndexedDbStore } from '@/lib/storage/indexed-db';
import type { KeyValueStore } from '@/lib/storage/store';

let store: KeyValueStore | null = null;

/** The one on-device store for this tab. */
export function getStore(): KeyValueStore {
  store ??= createIndexedDbStore();
  return store;
}
