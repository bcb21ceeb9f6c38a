'use client';

import { useEffect, useState } from 'react';
import type { SavedList } from '@/lib/storage/saved-list';
import { toStorageError, type StorageErrorKind } from '@/lib/storage/store';
import { deviceStore } from './use-device-store';

export type SavedWorkLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly problem: StorageErrorKind }
  | { readonly status: 'ready'; readonly list: SavedList };

/** Everything saved on this device, loaded after the page shows. */
export function useSavedWork(): SavedWorkLoad {
  const [load, setLoad] = useState<SavedWorkLoad>({ status: 'loading' });
  useEffect(() => {
    // Imported here: the schemas that read saved records stay out of the home page's first load.
    Promise.all([import('@/lib/storage/saved-list'), import('@/templates')])
      .then(([{ listSavedWork }, { findTemplate }]) => listSavedWork(deviceStore(), findTemplate))
      .then((list) => setLoad({ status: 'ready', list }))
      .catch((error: unknown) => setLoad({ status: 'failed', problem: toStorageError(error).kind }));
  }, []);
  return load;
}
