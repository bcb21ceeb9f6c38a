'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Template } from '@/lib/template/types';
import type { SignedDraft } from '@/lib/agreement/draft';
import type { Draft } from '@/lib/agreement/schema';
import { finishDraft, type FinishResult } from '@/lib/storage/finish-draft';
import { loadDraft, saveDraft } from '@/lib/storage/repository';
import { toStorageError, type StorageErrorKind } from '@/lib/storage/store';
import { deviceStore } from './use-device-store';
import { useRecord } from './use-record';

/**
 * Loads one draft and saves every change. Saves run one after another so an
 * older state can never overwrite a newer one; the repository validates each
 * once on its way in.
 */
export function useDraft(id: string | null) {
  const [load, setLoad] = useRecord(id, loadDraft);
  const [saveProblem, setSaveProblem] = useState<StorageErrorKind | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef<Draft | null>(null);

  // Taken once from the load; from then on `update` keeps it, ahead of what is rendered.
  useEffect(() => {
    if (load.status === 'ready' && latest.current?.id !== load.item.id) latest.current = load.item;
  }, [load]);

  const update = useCallback(
    (change: (current: Draft) => Draft) => {
      const current = latest.current;
      if (!current) return;
      const next = { ...change(current), updatedAt: new Date().toISOString() };
      latest.current = next;
      setLoad({ status: 'ready', item: next });
      queue.current = queue.current
        .then(() => saveDraft(deviceStore(), next))
        .then(() => setSaveProblem(null))
        .catch((error: unknown) => setSaveProblem(toStorageError(error).kind));
    },
    [setLoad],
  );

  /** Waits for every queued save, then signs the draft into an agreement. */
  const finish = useCallback(async (template: Template, signed: SignedDraft): Promise<FinishResult> => {
    await queue.current;
    return finishDraft(deviceStore(), template, signed);
  }, []);

  return { load, saveProblem, update, finish };
}
