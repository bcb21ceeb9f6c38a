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
        ? `The saved ${what} on this device could not be read, so we put it aside instead of deleting it. Everything else is unchanged.`
        : MISSING[what];
  return (
    <div>
      <h1>We could not open this {what}</h1>
      <p className="status" role="alert">
        {message}
      </p>
      <Link className="button" href="/">
        Back to the start
      </Link>
    </div>
  );
}
