'use client';

import { useEffect, useState } from 'react';
import type { ApartState } from '@/lib/apart/device-state';
import { deviceStore } from './use-device-store';

export type ApartList = { readonly status: 'loading' } | { readonly status: 'ready'; readonly items: readonly ApartState[] } | { readonly status: 'failed' };

/** Agreements this phone takes part in on two phones, loaded after the page shows. */
export function useApartList(): ApartList {
  const [list, setList] = useState<ApartList>({ status: 'loading' });
  useEffect(() => {
    // Imported here: the apart schemas stay out of the home page's first load.
    Promise.all([import('@/lib/apart/device-state'), deviceStore().entries('apart')])
      .then(([{ apartStateSchema }, entries]) => {
        const items = entries.flatMap(([, value]) => {
          const parsed = apartStateSchema.safeParse(value);
          return parsed.success ? [parsed.data] : [];
        });
        setList({ status: 'ready', items: items.sort((x, y) => y.updatedAt.localeCompare(x.updatedAt)) });
      })
      .catch(() => setList({ status: 'failed' }));
  }, []);
  return list;
}
