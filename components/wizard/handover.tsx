'use client';

import { useEffect, useRef } from 'react';

/** Between the two partners' turns: hides the first partner's answers. */
export function Handover({ from, to, onReady }: Readonly<{ from: string; to: string; onReady(): void }>) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div>
      <h1 tabIndex={-1} ref={heading}>
        Thank you, {from}
      </h1>
      <p className="lead">Your answers are saved and hidden. Please pass the phone to {to}.</p>
      <p className="muted">{to}, when you are ready, start your own answers. You will not see {from}’s answers until you have finished yours.</p>
      <div className="button-row">
        <button className="button" type="button" onClick={onReady}>
          I’m {to}, ready to answer
        </button>
      </div>
    </div>
  );
}
