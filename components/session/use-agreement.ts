'use client';

import { useCallback, useEffect, useState } from 'react';
import type { Agreement } from '@/lib/agreement/schema';
import { loadAgreement, saveAgreement } from '@/lib/storage/repository';
import { toStorageError, type StorageErrorKind } from '@/lib/storage/store';
import { deviceStore, saved, type Saved } from './use-device-store';


export type AgreementLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'missing'; readonly setAside: boolean }
  | { readonly status: 'failed'; readonly problem: StorageErrorKind }
  | { readonly status: 'ready'; readonly agreement: Agreement };


/** Loads one signed agreement by id (none when `id` is null). */
export function useAgreement(id: string | null) {
  const [load, setLoad] = useState<AgreementLoad>({ status: 'loading' });

  useEffect(() => {
    if (!id) return setLoad({ status: 'missing', setAside: false });
    loadAgreement(deviceStore(), id)
      .then((loaded) => setLoad(loaded.found ? { status: 'ready', agreement: loaded.item } : { status: 'missing', setAside: loaded.setAside }))
      .catch((error: unknown) => setLoad({ status: 'failed', problem: toStorageError(error).kind }));
  }, [id]);

  /** Saved first, shown second: the screen never shows a change the device did not keep. */
  const save = useCallback(async (next: Agreement): Promise<Saved> => {
    const result = await saved(saveAgreement(deviceStore(), next));
    if (result.ok) setLoad({ status: 'ready', agreement: next });
    return result;
  }, []);

  return { load, save };
}
