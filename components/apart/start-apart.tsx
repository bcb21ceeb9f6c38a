'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { AppId } from '@/lib/template/types';
import { PROBLEM_MESSAGES } from '@/lib/apart/client';
import { apartClient, beginApart } from '../session/use-apart';
import { EntryCheckForm } from '../shared/entry-check-form';
import { ProblemMessage, STORAGE_MESSAGES } from '../shared/storage-banner';
import { ApartSetup } from './apart-setup';

/** Partner A: the entry check, their name and the apps, then the shared copy is made and the invite is shown. */
export function StartApart() {
  const router = useRouter();
  const [passed, setPassed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (!passed) return <EntryCheckForm answeredBy="me" onPass={() => setPassed(true)} />;

  const create = async ({ name, apps }: { name: string; apps?: AppId[] }) => {
    setBusy(true);
    setProblem(null);
    const failed = (message: string) => {
      setBusy(false);
      setProblem(message);
    };
    const started = await apartClient.start();
    if (!started.ok) return failed(PROBLEM_MESSAGES[started.problem]);
    const begun = await beginApart({ session: started.value.session, name, ...(apps ? { apps } : {}) });
    if (!begun.ok) return failed(STORAGE_MESSAGES[begun.problem]);
    router.push(`/apart/session?id=${begun.id}`);
  };

  return (
    <>
      <ProblemMessage message={problem} />
      <ApartSetup chooseApps busy={busy} submitLabel="Make the invite link" onDone={(values) => void create(values)} />
    </>
  );
}
