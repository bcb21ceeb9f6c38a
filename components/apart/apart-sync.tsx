'use client';

import { useSearchParams } from 'next/navigation';
import { useApartSync } from '../session/use-apart-sync';
import { ApartLoosen } from './apart-loosen';

/** On an agreement made on two phones: keeps it in step with the other phone, and says so when something arrived. */
export function ApartSync() {
  const { state: sync, together } = useApartSync(useSearchParams().get('id'));
  const loosen = together && <ApartLoosen together={together} />;
  if (sync.kind === 'idle') return loosen;
  if (sync.kind === 'gone') {
    return (
      <p className="notice" role="status">
        The shared copy on our server was deleted or has expired, so changes no longer reach your partner’s phone. This phone
        keeps everything it has.
      </p>
    );
  }
  if (sync.kind === 'refused') {
    return (
      <>
        <p className="status" role="alert">
          What came from the shared copy did not pass this phone’s checks (it may have been altered), so nothing from it was
          used and the two phones were not joined. Everything on this phone is as it was.
        </p>
        {loosen}
      </>
    );
  }
  if (sync.kind === 'conflict') {
    return (
      <p className="status" role="alert">
        Your partner’s phone holds a different change to this agreement than this phone does, so neither was joined into the
        other. Nothing here was changed. Please talk to each other, then one of you can make the change again.
      </p>
    );
  }
  return (
    <>
      <div className="notice" role="status">
        <p>
          {sync.kind === 'together'
            ? 'You have both signed the change, each on your own phone. It is saved on this phone.'
            : 'Your partner’s phone added something to this agreement. It is saved on this phone.'}
        </p>
        <button className="button secondary" type="button" onClick={() => window.location.reload()}>
          Show it
        </button>
      </div>
      {loosen}
    </>
  );
}
