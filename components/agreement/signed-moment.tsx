'use client';

import { useEffect, useRef } from 'react';

interface Props {
  versionNumber: number;
  fingerprint: string | null;
  /** Made each on their own phone: each phone keeps a copy, and the server a locked one. */
  twoPhones?: boolean;
}

/**
 * Right after the second signature: it is done, here is the fingerprint every
 * copy shows, and save a copy now (the page puts its copy actions right below).
 */
export function SignedMoment({ versionNumber, fingerprint, twoPhones = false }: Readonly<Props>) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card signed-moment" aria-labelledby="signed-moment-heading" data-signed-moment={versionNumber}>
      <h2 id="signed-moment-heading" tabIndex={-1} ref={heading}>
        Done: you both signed version {versionNumber}
      </h2>
      <p>
        Fingerprint: <strong className="fingerprint">{fingerprint ?? '…'}</strong>
        <br />
        <span className="small muted">Every copy of this version shows the same fingerprint: read it aloud to check you both hold the same one.</span>
      </p>
      <p>
        {twoPhones
          ? 'It is saved on this phone and on your partner’s. Our server keeps a locked copy it cannot read, until one of you deletes it or it expires.'
          : 'It is saved on this device only.'}{' '}
        Save a copy now, somewhere private: the PDF to read or print, or the file to open on another device. Both are just
        below.
      </p>
    </section>
  );
}
