'use client';

import { useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { PROBLEM_MESSAGES } from '@/lib/apart/client';
import { AgreementPage } from '../agreement/agreement-page';
import { apartClient, saveNewApart } from '../session/use-apart';
import { useApartSync, type SharedCopy, type SyncState } from '../session/use-apart-sync';
import { ProblemMessage } from '../shared/storage-banner';
import { ApartLoosen } from './apart-loosen';
import { SharedCopyPanel } from './shared-copy-panel';

/**
 * The agreement page, kept in step with the other phone when the agreement was made on two: what
 * arrived is said above it, and a change made together on two phones takes its place on the page.
 */
export function AgreementWithSync() {
  const { state: sync, thisPhone, together, shared } = useApartSync(useSearchParams().get('id'));
  const parts = {
    pending: together && sync.kind !== 'conflict' && <ApartLoosen together={together} place="pending" />,
    propose: together && sync.kind !== 'conflict' && <ApartLoosen together={together} place="propose" />,
    sharedCopy: shared && <SharedCopyPart shared={shared} />,
  };
  return (
    <>
      <SyncNotice sync={sync} />
      <AgreementPage thisPhone={thisPhone} together={parts} />
    </>
  );
}

/** Either partner may delete the shared copy at any time, from the agreement's own page too. */
function SharedCopyPart({ shared }: Readonly<{ shared: SharedCopy }>) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleted, setDeleted] = useState(false);
  if (deleted) {
    return (
      <p className="notice" role="status">
        The shared copy is deleted. Everything on this phone stays, and so does anything you downloaded.
      </p>
    );
  }
  const remove = async () => {
    setBusy(true);
    const result = await apartClient.deleteShared(shared.session);
    setBusy(false);
    if (!result.ok && result.problem !== 'not-found') return setProblem(PROBLEM_MESSAGES[result.problem]);
    // The phone remembers the copy is gone, so it asks the server nothing more about it.
    await saveNewApart({ ...shared.entry, gone: true, updatedAt: new Date().toISOString() });
    setDeleted(true);
  };
  return (
    <>
      <SharedCopyPanel otherName={shared.otherName} expiresAt={shared.expiresAt} busy={busy} onDelete={() => void remove()} />
      <ProblemMessage message={problem} />
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
