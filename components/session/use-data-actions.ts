'use client';

import { useMemo } from 'react';
import type { Agreement } from '@/lib/agreement/schema';
import { deleteAllData, type DeleteResult } from '@/lib/storage/delete-all';
import { importAgreement, type ImportChoice, type ImportResult } from '@/lib/storage/import';
import { toStorageError, type StorageErrorKind } from '@/lib/storage/store';
import { deviceStore } from './use-device-store';

export type Imported = ImportResult | { readonly ok: false; readonly conflict: false; readonly storage: StorageErrorKind };

/** The "Your data" page: bring an agreement in, or delete everything here. */
export function useDataActions() {
  return useMemo(
    () => ({
      importAgreement: async (agreement: Agreement, choice?: ImportChoice): Promise<Imported> => {
        try {
          return await importAgreement(deviceStore(), agreement, choice);
        } catch (error) {
          return { ok: false, conflict: false, storage: toStorageError(error).kind };
        }
      },
      deleteAll: (): Promise<DeleteResult> => deleteAllData(deviceStore()),
    }),
    [],
  );
}
