'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Template } from '@/lib/template/types';
import type { SignedDraft } from '@/lib/agreement/draft';
import type { Draft } from '@/lib/agreement/schema';
import { finishDraft, type FinishResult } from '@/lib/storage/finish-draft';
import { loadDraft, saveDraft } from '@/lib/storage/repository';
import { toStorageError, type StorageErrorKind } from '@/lib/storage/store';
import { deviceStore } from './use-device-store';

export type DraftLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'missing'; readonly setAside: boolean }
  | { readonly status: 'failed'; readonly problem: StorageErrorKind }
  | { readonly status: 'ready'; readonly draft: Draft };

/**
 * Loads one draft and saves every change. Saves run one after another so an
 * older state can never overwrite a newer one; the repository validates each
 * once on its way in.
 */
export function useDraft(id: string | null) {
  const [load, setLoad] = useState<DraftLoad>({ status: 'loading' });
  const [saveProblem, setSaveProblem] = useState<StorageErrorKind | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef<Draft | null>(null);

  useEffect(() => {
    if (!id) return setLoad({ status: 'missing', setAside: false });
    loadDraft(deviceStore(), id)
      .then((loaded) => {
        if (!loaded.found) return setLoad({ status: 'missing', setAside: loaded.setAside });
        latest.current = loaded.item;
        setLoad({ status: 'ready', draft: loaded.item });
      })
      .catch((error: unknown) => setLoad({ status: 'failed', problem: toStorageError(error).kind }));
  }, [id]);

  const update = useCallback((change: (current: Draft) => Draft) => {
    const current = latest.current;
    if (!current) return;
    const next = { ...change(current), updatedAt: new Date().toISOString() };
    latest.current = next;
    setLoad({ status: 'ready', draft: next });
    queue.current = queue.current
      .then(() => saveDraft(deviceStore(), next))
      .then(() => setSaveProblem(null))
      .catch((error: unknown) => setSaveProblem(toStorageError(error).kind));
  }, []);

  /** Waits for every queued save, then signs the draft into an agreement. */
  const finish = useCallback(async (template: Template, signed: SignedDraft): Promise<FinishResult> => {
    await queue.current;
    return finishDraft(deviceStore(), template, signed);
  }, []);

  return { load, saveProblem, update, finish };
}
