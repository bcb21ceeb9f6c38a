'use client';

import { useEffect, useState } from 'react';
import type { LoadedOne } from '@/lib/storage/repository';
import { toStorageError, type KeyValueStore, type StorageErrorKind } from '@/lib/storage/store';
import { deviceStore } from './use-device-store';

export type RecordLoad<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'missing'; readonly setAside: boolean }
  | { readonly status: 'failed'; readonly problem: StorageErrorKind }
  | { readonly status: 'ready'; readonly item: T };

/** Loads one saved record by id (none when `id` is null); the setter shows a newer state of it. */
export function useRecord<T>(id: string | null, load: (store: KeyValueStore, id: string) => Promise<LoadedOne<T>>) {
  const [state, setState] = useState<RecordLoad<T>>({ status: 'loading' });
  useEffect(() => {
    if (!id) return setState({ status: 'missing', setAside: false });
    load(deviceStore(), id)
      .then((loaded) => setState(loaded.found ? { status: 'ready', item: loaded.item } : { status: 'missing', setAside: loaded.setAside }))
      .catch((error: unknown) => setState({ status: 'failed', problem: toStorageError(error).kind }));
  }, [id, load]);
  return [state, setState] as const;
}
