'use client';

import { useSearchParams } from 'next/navigation';
import { AgreementPage } from '../agreement/agreement-page';
import { useApartSync, type SyncState } from '../session/use-apart-sync';
import { ApartLoosen } from './apart-loosen';

/**
 * The agreement page, kept in step with the other phone when the agreement was made on two: what
 * arrived is said above it, and a change made together on two phones takes its place on the page.
 */
export function AgreementWithSync() {
  const { state: sync, together } = useApartSync(useSearchParams().get('id'));
  const parts =
    together && sync.kind !== 'conflict'
      ? { pending: <ApartLoosen together={together} place="pending" />, propose: <ApartLoosen together={together} place="propose" /> }
      : null;
  return (
    <>
      <SyncNotice sync={sync} />
      <AgreementPage together={parts} />
    </>
  );
}

/** What the last sync did, when there is something to say. */
function SyncNotice({ sync }: Readonly<{ sync: SyncState }>) {
  if (sync.kind === 'idle') return null;
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
      <p className="status" role="alert">
        What came from the shared copy did not pass this phone’s checks (it may have been altered), so nothing from it was used
        and the two phones were not joined. Everything on this phone is as it was.
      </p>
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
  );
}
