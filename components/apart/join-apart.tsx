'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { PROBLEM_MESSAGES, type ApartProblem } from '@/lib/apart/client';
import { formatExpiry } from '@/lib/apart/expiry';
import { apartClient, beginApart, findApartEntry } from '../session/use-apart';
import { EntryCheckForm } from '../shared/entry-check-form';
import { ProblemMessage, STORAGE_MESSAGES } from '../shared/storage-banner';
import { ApartSetup } from './apart-setup';

type Invite = { status: 'checking' } | { status: 'open'; expiresAt: number } | { status: 'closed' } | { status: 'refused'; problem: ApartProblem };

/**
 * Partner B opens the invite on their own phone. Opening it only reads whether it is open (link
 * previews and mail scanners fetch links too); joining happens only from the button.
 */
export function JoinApart() {
  const router = useRouter();
  const [fragment, setFragment] = useState<string | null>(null);
  const [invite, setInvite] = useState<Invite>({ status: 'checking' });
  const [passed, setPassed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    // Read again when the link in the address bar is corrected in place.
    const check = () => {
      const hash = window.location.hash;
      setFragment(hash);
      setInvite({ status: 'checking' });
      void findApartEntry(hash).then((mine) => {
        // This phone already joined with this link: carry on there, nothing is sent.
        if (mine) return router.replace(`/apart/session?id=${mine}`);
        return apartClient.inviteInfo(hash).then((info) => {
          if (!info.ok) return setInvite({ status: 'refused', problem: info.problem });
          setInvite(info.value.open ? { status: 'open', expiresAt: info.value.expiresAt } : { status: 'closed' });
        });
      });
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [router]);

  if (invite.status === 'checking') return <p className="muted">Checking the invite…</p>;
  if (invite.status === 'refused' || invite.status === 'closed') {
    const message = invite.status === 'closed' ? PROBLEM_MESSAGES.taken : PROBLEM_MESSAGES[invite.problem];
    return (
      <div>
        <h1>This invite cannot be used</h1>
        <p className="status" role="alert">
          {message}
        </p>
        <p>Nothing was saved on this phone and nothing was changed.</p>
      </div>
    );
  }
  if (!passed) return <EntryCheckForm answeredBy="me" onPass={() => setPassed(true)} />;

  const join = async ({ name }: { name: string }) => {
    if (!fragment) return;
    setBusy(true);
    setProblem(null);
    const failed = (message: string) => {
      setBusy(false);
      setProblem(message);
    };
    const joined = await apartClient.join(fragment);
    if (!joined.ok) return failed(PROBLEM_MESSAGES[joined.problem]);
    // The join answered with the status, so the next screen starts from it at once.
    const begun = await beginApart({ session: joined.value.session, name, joined: joined.value.status });
    if (!begun.ok) return failed(STORAGE_MESSAGES[begun.problem]);
    // Replace, so the link with its secret does not stay in this tab's history.
    router.replace(`/apart/session?id=${begun.id}`);
  };

  return (
    <>
      <p className="notice">Your partner invited you to make an agreement together, each on your own phone. This invite is open until {formatExpiry(invite.expiresAt)}.</p>
      <ProblemMessage message={problem} />
      <ApartSetup chooseApps={false} busy={busy} submitLabel="Join" onDone={(values) => void join(values)} />
    </>
  );
}
