'use client';

import { useState } from 'react';
import { formatExpiry } from '@/lib/apart/expiry';

/** The invite link to send to the partner: copy it, or hand it to the phone's share sheet where there is one. */
export function InviteCard({ link, expiresAt }: Readonly<{ link: string; expiresAt: number | null }>) {
  const [said, setSaid] = useState<string | null>(null);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setSaid('Copied. Paste it into a message to your partner.');
    } catch {
      setSaid('This browser would not copy it. Press and hold the link above to copy it yourself.');
    }
  };
  const share = async () => {
    try {
      await navigator.share({ url: link });
    } catch {
      // Closing the share sheet is a choice, not a failure.
    }
  };

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Send this link to your partner</h2>
      <p>
        Send it only to them, in a chat you trust. Anyone who has this link can join in their place and read what you both
        write, so do not post it anywhere.
      </p>
      <p className="invite-link">
        <code data-invite-link>{link}</code>
      </p>
      <div className="button-row">
        <button className="button" type="button" onClick={() => void copy()}>
          Copy the link
        </button>
        {canShare && (
          <button className="button secondary" type="button" onClick={() => void share()}>
            Share…
          </button>
        )}
      </div>
      <p className="small muted" role="status">
        {said}
      </p>
      {expiresAt !== null && <p className="small muted">If nobody joins, the invite stops working on {formatExpiry(expiresAt)}.</p>}
    </section>
  );
}
