'use client';

import { useCallback } from 'react';
import type { Draft } from '@/lib/agreement/schema';
import { saveDraft } from '@/lib/storage/repository';
import { deviceStore, saved, type Saved } from './use-device-store';

/** Saves a new draft (a first fill-in or a revision) so its page can open it. */
export function useNewDraft(): (draft: Draft) => Promise<Saved> {
  return useCallback((draft: Draft) => saved(saveDraft(deviceStore(), draft)), []);
}
