'use client';

import { STORAGE_MESSAGES } from '@/lib/storage/store';
import { useIsEphemeral } from '../use-store';

/** Tells the couple, once, that this browser will not keep their work. */
export function StorageBanner() {
  const isEphemeral = useIsEphemeral();
  if (!isEphemeral) return null;
  return (
    <p className="notice" role="status">
      {STORAGE_MESSAGES.unavailable}
    </p>
  );
}
