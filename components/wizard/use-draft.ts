'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { draftSchema, type Draft } from '@/lib/agreement/schema';
import { loadDrafts, saveDraft } from '@/lib/storage/repository';
import { toStorageError } from '@/lib/storage/store';
import { getStore } from '../use-store';

type LoadState = { status: 'loading' } | { status: 'missing'; setAside: number } | { status: 'error'; message: string } | { status: 'ready' };

/**
 * Loads one draft and saves every change. Saves run one after another so an
 * older state can never overwrite a newer one.
 */
export function useDraft(id: string | null) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [saveError, setSaveError] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef<Draft | null>(null);

  useEffect(() => {
    if (!id) {
      setLoad({ status: 'missing', setAside: 0 });
      return;
    }
    loadDrafts(getStore())
      .then(({ items, setAside }) => {
        const found = items.find((item) => item.id === id);
        if (!found) return setLoad({ status: 'missing', setAside });
        latest.current = found;
        setDraft(found);
        setLoad({ status: 'ready' });
      })
      .catch((error: unknown) => setLoad({ status: 'error', message: toStorageError(error).message }));
  }, [id]);

  const update = useCallback((change: (current: Draft) => Draft) => {
    const current = latest.current;
    if (!current) return;
    const next = draftSchema.parse({ ...change(current), updatedAt: new Date().toISOString() });
    latest.current = next;
    setDraft(next);
    queue.current = queue.current
      .then(() => saveDraft(getStore(), next))
      .then(() => setSaveError(null))
      .catch((error: unknown) => setSaveError(toStorageError(error).message));
  }, []);

  /** Resolves once every queued save has finished. */
  const flush = useCallback(() => queue.current, []);

  return { draft, load, saveError, update, flush };
}
