'use client';

import { useEffect, useState } from 'react';
import { listSetAside, type SetAsideItem } from '@/lib/storage/set-aside';
import { toStorageError, type StorageErrorKind } from '@/lib/storage/store';
import { deviceStore } from './use-device-store';

export type SetAsideLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly items: SetAsideItem[] }
  | { readonly status: 'failed'; readonly problem: StorageErrorKind };

const listeners = new Set<() => void>();

/** Tells every list of set-aside records on the page to look again (after an import kept something aside). */
export function setAsideChanged(): void {
  listeners.forEach((listener) => listener());
}

/** Everything kept aside on this device, newest first; reloads when `setAsideChanged` is called. */
export function useSetAside(): SetAsideLoad {
  const [state, setState] = useState<SetAsideLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const load = () =>
      listSetAside(deviceStore())
        .then((items) => live && setState({ status: 'ready', items }))
        .catch((error: unknown) => live && setState({ status: 'failed', problem: toStorageError(error).kind }));
    void load();
    listeners.add(load);
    return () => {
      live = false;
      listeners.delete(load);
    };
  }, []);
  return state;
}
