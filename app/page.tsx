import Link from 'next/link';
import { SavedWork } from '@/components/agreement/saved-work';
import { ApartList } from '@/components/apart/apart-list';

export default function HomePage() {
  return (
    <>
      <h1>Agree on your boundaries, together</h1>
      <p className="lead">
        Our Terms helps two adults who send each other intimate messages agree, in writing, on what is OK, how it is kept,
        and what happens if things change. It is not a legal contract: what you make is a shared statement of intentions.
        Your answers stay on this device unless you save or send a copy yourself. An agreement file or PDF you save is a
        plain file: anyone with that file can read it.
      </p>
      <h2>Start a new agreement</h2>
      <div className="button-row">
        <Link className="button" href="/start">
          Start a new agreement together on this phone
        </Link>
        <Link className="button secondary" href="/apart">
          Each on our own phone
        </Link>
      </div>
      <p className="muted small">
        On two phones, everything you write is encrypted on your phone before it is sent. Our server keeps only what it cannot
        read, until one of you deletes it or it goes unused for a long time.
      </p>
      <div className="button-row">
        <Link className="button quiet" href="/data">
          Open a saved copy
        </Link>
      </div>
      <ApartList />
      <SavedWork />
      <h2>How it works</h2>
      <ol>
        <li>You both check that this is right for you, right now.</li>
        <li>Each of you answers on your own, in turn. Your answers stay hidden until you have both finished.</li>
        <li>You see where you already agree. Where you differ, the more careful answer is suggested, and you talk it through.</li>
        <li>You both confirm by typing your name, and can download a PDF. You can revisit it any time.</li>
      </ol>
      <p className="muted small">
        Either of you can make a term stricter at any time, on your own. Making one looser always needs you both. Either of
        you can stop at any time.
      </p>
    </>
  );
}
