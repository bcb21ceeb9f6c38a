'use client';

import { useState } from 'react';

interface Props {
  words: readonly string[] | null;
  otherName: string;
  onMatch(): void;
  onStop(): void;
}

/** The words both phones show: the two of you compare them by voice or video before going on. */
export function CheckCode({ words, otherName, onMatch, onStop }: Readonly<Props>) {
  const [mismatch, setMismatch] = useState(false);
  if (mismatch) {
    return (
      <section className="card" aria-labelledby="mismatch-heading">
        <h1 id="mismatch-heading">This may not be your partner: stop here</h1>
        <p className="lead">
          The words on your two phones are different. That means the phone that joined may not be {otherName}’s. Please do
          not answer anything here.
        </p>
        <p>Talk to your partner another way. If you want to try again, one of you can start a new invite.</p>
        <div className="button-row">
          <button className="button" type="button" onClick={onStop}>
            Delete the shared copy
          </button>
          <button className="button quiet" type="button" onClick={() => setMismatch(false)}>
            Back to the words
          </button>
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby="code-heading">
      <h1 id="code-heading">Check it is really {otherName}</h1>
      <p className="lead">
        Call or video-call {otherName} and read these words to each other. Their phone should show the same four words, in
        the same order.
      </p>
      {words ? (
        <p className="check-code" data-check-code>
          {words.join(' ')}
        </p>
      ) : (
        <p className="status" role="alert">
          The words could not be worked out for this phone, so please stop here and talk to your partner another way.
        </p>
      )}
      <p className="small muted">The words only help you notice if someone else joined with your link. They cannot tell you anything else.</p>
      <div className="button-row">
        <button className="button" type="button" disabled={!words} onClick={onMatch}>
          The words match
        </button>
        <button className="button secondary" type="button" onClick={() => setMismatch(true)}>
          They are different
        </button>
      </div>
    </section>
  );
}
