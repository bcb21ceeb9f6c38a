'use client';

import { useState } from 'react';
import { formatExpiry } from '@/lib/apart/expiry';

interface Props {
  otherName: string;
  expiresAt: number;
  busy: boolean;
  onDelete(): void;
}

/** When the shared copy on the server ends, in plain words, and a way for either partner to delete it now. */
export function SharedCopyPanel({ otherName, expiresAt, busy, onDelete }: Readonly<Props>) {
  const [asking, setAsking] = useState(false);
  return (
    <details className="spaced-top">
      <summary>The shared copy on our server</summary>
      <p className="small">
        Our server keeps an encrypted copy so your two phones can meet. It cannot read it. If neither of you uses it, it is
        deleted on {formatExpiry(expiresAt)}.
      </p>
      {asking ? (
        <div className="notice">
          <p>
            Delete it for both of you? {otherName} will see that it was deleted. Whatever is on each phone, and anything you
            downloaded, stays.
          </p>
          <div className="button-row">
            <button className="button" type="button" disabled={busy} onClick={onDelete}>
              Yes, delete the shared copy
            </button>
            <button className="button quiet" type="button" onClick={() => setAsking(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button className="button secondary" type="button" onClick={() => setAsking(true)}>
          Delete the shared copy
        </button>
      )}
    </details>
  );
}
