'use client';

import type { StorageErrorKind } from '@/lib/storage/store';
import { useIsEphemeral } from '../session/use-device-store';

/** What each storage failure means for the person, in plain words. */
export const STORAGE_MESSAGES: Readonly<Record<StorageErrorKind, string>> = {
  unavailable:
    'This browser is not letting the app save on this device (private browsing can do this). You can carry on, but nothing will be kept if you close the page.',
  quota: 'This device is out of storage space for the app, so the latest change was not saved. Everything saved before is still there. Free some space, then try again.',
  failed: 'Something went wrong while saving on this device. Everything saved before is still there. Please try again.',
  newerApp:
    'What is saved on this device was made by a newer version of this app, so this page cannot open it. Nothing was changed: reload the page to get the newer version.',
};

/** A problem announced where it happened; nothing when there is none. */
export function ProblemMessage({ message }: Readonly<{ message: string | null | undefined }>) {
  if (!message) return null;
  return (
    <p className="status" role="alert">
      {message}
    </p>
  );
}

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
