'use client';

import { useEffect, useRef } from 'react';

/** Both have signed: saving the agreement is all that is left (and can be tried again). */
export function SignedStep({ finishing, onFinish }: Readonly<{ finishing: boolean; onFinish(): void }>) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div>
      <h1 tabIndex={-1} ref={heading}>
        You have both signed
      </h1>
      <p className="lead">{finishing ? 'Saving your agreement on this phone…' : 'Your signatures are saved. Open the agreement to finish.'}</p>
      {!finishing && (
        <div className="button-row">
          <button className="button" type="button" onClick={onFinish}>
            Open the signed agreement
          </button>
        </div>
      )}
    </div>
  );
}
