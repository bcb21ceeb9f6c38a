import Link from 'next/link';
import type { StorageErrorKind } from '@/lib/storage/store';
import { STORAGE_MESSAGES } from './storage-banner';

type Why = { readonly status: 'missing'; readonly setAside: boolean } | { readonly status: 'failed'; readonly problem: StorageErrorKind };

const MISSING: Readonly<Record<'draft' | 'agreement', string>> = {
  draft: 'There is no draft with this link on this device. Drafts are only kept in the browser they were made in.',
  agreement: 'There is no agreement with this link on this device.',
};

/** A draft or agreement that is not here (or could not be read), said plainly, with the way back. */
export function CouldNotOpen({ what, why }: Readonly<{ what: 'draft' | 'agreement'; why: Why }>) {
  const message =
    why.status === 'failed'
      ? STORAGE_MESSAGES[why.problem]
      : why.setAside
        ? `This ${what} could not be read on this device; it was set aside, nothing was deleted. You can save it as a file from “Your data”.`
        : MISSING[what];
  return (
    <div>
      <h1>We could not open this {what}</h1>
      <p className="status" role="alert">
        {message}
      </p>
      <div className="button-row">
        {why.status === 'missing' && why.setAside && (
          <Link className="button secondary" href="/data#set-aside-heading">
            See what was set aside
          </Link>
        )}
        <Link className="button" href="/">
          Back to the start
        </Link>
      </div>
    </div>
  );
}
