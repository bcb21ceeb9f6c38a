'use client';

import { useCallback } from 'react';
import type { Agreement } from '@/lib/agreement/schema';
import { loadAgreement, saveAgreement } from '@/lib/storage/repository';
import { deviceStore, saved, type Saved } from './use-device-store';
import { useRecord } from './use-record';

/** Loads one signed agreement by id (none when `id` is null), and saves a new state of it. */
export function useAgreement(id: string | null) {
  const [load, setLoad] = useRecord(id, loadAgreement);

  /** Saved first, shown second: the screen never shows a change the device did not keep. */
  const save = useCallback(
    async (next: Agreement): Promise<Saved> => {
      const result = await saved(saveAgreement(deviceStore(), next));
      if (result.ok) setLoad({ status: 'ready', item: next });
      return result;
    },
    [setLoad],
  );

  return { load, save };
}
