'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { defaultTemplate } from '@/templates';
import type { AppId } from '@/lib/template/types';
import { newId } from '@/lib/agreement/ids';
import { normaliseName } from '@/lib/agreement/names';
import { PROBLEM_MESSAGES } from '@/lib/apart/client';
import { sessionToStored } from '@/lib/apart/session';
import { apartClient, saveNewApart } from '../session/use-apart';
import { ProblemMessage, STORAGE_MESSAGES } from '../shared/storage-banner';
import { ApartEntryCheck } from './apart-entry-check';
import { ApartSetup } from './apart-setup';

/** Partner A: the entry check, their name and the apps, then the shared copy is made and the invite is shown. */
export function StartApart() {
  const router = useRouter();
  const [passed, setPassed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (!passed) return <ApartEntryCheck onPass={() => setPassed(true)} />;

  const create = async ({ name, apps }: { name: string; apps?: AppId[] }) => {
    setBusy(true);
    setProblem(null);
    const started = await apartClient.start();
    if (!started.ok) {
      setBusy(false);
      return setProblem(PROBLEM_MESSAGES[started.problem]);
    }
    const { session } = started.value;
    const myName = normaliseName(name);
    const progress = { v: 1 as const, name: myName, answered: 0, total: defaultTemplate.sections.length, apps, confirms: {} };
    const sent = await apartClient.saveProgress(session, progress, 0);
    const now = new Date().toISOString();
    const state = {
      v: 1 as const,
      id: newId(),
      session: sessionToStored(session),
      myName,
      apps,
      answers: {},
      step: 0,
      answersRev: 0,
      progressRev: sent.ok ? sent.value.rev : 0,
      submitted: false,
      codeMatched: false,
      confirms: {},
      createdAt: now,
      updatedAt: now,
    };
    const kept = await saveNewApart(state);
    if (!kept.ok) {
      setBusy(false);
      return setProblem(STORAGE_MESSAGES[kept.problem]);
    }
    router.push(`/apart/session?id=${state.id}`);
  };

  return (
    <>
      <ProblemMessage message={problem} />
      <ApartSetup chooseApps busy={busy} submitLabel="Make the invite link" onDone={(values) => void create(values)} />
    </>
  );
}
