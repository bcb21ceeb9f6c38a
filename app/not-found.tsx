import Link from 'next/link';

// Our own 404: Next's built-in one uses inline styles, which the CSP blocks.
export default function NotFound() {
  return (
    <>
      <h1>This page does not exist</h1>
      <p className="lead">The address may be mistyped, or the page has moved.</p>
      <div className="button-row">
        <Link className="button" href="/">
          Go to the home page
        </Link>
      </div>
    </>
  );
}
