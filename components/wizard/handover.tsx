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

/**
 * After the first signature: the phone goes to the second partner before their
 * acknowledgements and signature, so nobody signs for them by carrying on.
 */
export function SignHandover({ from, to, onReady }: Readonly<{ from: string; to: string; onReady(): void }>) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div>
      <h1 tabIndex={-1} ref={heading}>
        Thank you, {from}. Please pass the phone to {to}
      </h1>
      <p className="lead">
        {from} has signed. {to}, read the statements and sign for yourself: nobody else should tick them or type your name for
        you.
      </p>
      <p className="muted">If you would rather not sign, that is fine: go back and talk about it, or stop here. Nothing is signed until you both have.</p>
      <div className="button-row">
        <button className="button" type="button" onClick={onReady}>
          I’m {to}, ready to read and sign
        </button>
      </div>
    </div>
  );
}
