'use client';

import { useMemo } from 'react';
import { deleteAllData, type DeleteResult } from '@/lib/storage/delete-all';
import { importAgreement, type ImportChoice, type ImportResult } from '@/lib/storage/import';
import { toStorageError, type StorageErrorKind } from '@/lib/storage/store';
import { findTemplate } from '@/templates';
import { deviceStore } from './use-device-store';
import { setAsideChanged } from './use-set-aside';

export type Imported = ImportResult | { readonly ok: false; readonly kind: 'storage'; readonly storage: StorageErrorKind };

/** The "Your data" page: bring an agreement in, or delete everything here. */
export function useDataActions() {
  return useMemo(
    () => ({
      /** `input` is what a file held, still unchecked: the import checks it against the templates. */
      importAgreement: async (input: unknown, choice?: ImportChoice): Promise<Imported> => {
        try {
          const result = await importAgreement(deviceStore(), findTemplate, input, choice);
          if (result.ok) setAsideChanged();
          return result;
        } catch (error) {
          return { ok: false, kind: 'storage', storage: toStorageError(error).kind };
        }
      },
      deleteAll: (): Promise<DeleteResult> => deleteAllData(deviceStore()),
    }),
    [],
  );
}
