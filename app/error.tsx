'use client';

import Link from 'next/link';

// Our own error screen: Next's built-in one uses inline styles, which the CSP blocks.
// Nothing saved on this device is touched by an error on one screen.
export default function ErrorPage({ reset }: Readonly<{ error: Error; reset: () => void }>) {
  return (
    <div role="alert">
      <h1>Something went wrong on this screen</h1>
      <p className="lead">Your saved drafts and agreements are still on this device. Trying again usually helps.</p>
      <div className="button-row">
        <button className="button" type="button" onClick={reset}>
          Try again
        </button>
        <Link className="button quiet" href="/">
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
