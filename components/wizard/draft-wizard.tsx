'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import type { NotReady } from '@/lib/agreement/draft';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  backToReview,
  backToSetup,
  completeSetup,
  currentScreen,
  nextSection,
  previousSection,
  recordAnswers,
  resolveTerm,
  setCustomTerms,
  signAs,
  signProblems,
  startSecondTurn,
  toSigning,
} from '@/lib/agreement/draft-flow';
import { otherPartner, type Draft, type PartnerKey } from '@/lib/agreement/schema';
import type { SignedDraft } from '@/lib/agreement/draft';
import type { FinishProblem } from '@/lib/storage/finish-draft';
import { useDraft } from '../session/use-draft';
import { CouldNotOpen } from '../shared/could-not-open';
import { ProblemMessage, STORAGE_MESSAGES } from '../shared/storage-banner';
import { SetupStep } from './setup-step';
import { PartnerIntro } from './partner-intro';
import { Handover, SignHandover } from './handover';
import { useDraftSteps } from './use-draft-steps';

const NOT_READY: Readonly<Record<NotReady, string>> = {
  incomplete: 'Some answers are missing. Please go back and finish them.',
  unsettled: 'Some terms are still to talk about. Settle them in the review to go on.',
};

const FINISH_PROBLEMS: Readonly<Record<FinishProblem, string>> = {
  ...STORAGE_MESSAGES,
  missing: 'The agreement this revision belongs to is no longer on this device.',
  withdrawn: 'This agreement was withdrawn, so it cannot get a new version. You can start a new agreement instead.',
  notARevision: 'This draft does not belong to that agreement.',
  outdated: 'The agreement changed while you were revising it (someone made a term stricter). Open it, look at the change, then revisit again.',
  otherTemplate: 'This revision was made with a different version of the questions.',
};

/** The steps could not be loaded (offline before they ever arrived): the draft itself is safe on this device. */
function StepsFailed({ onRetry }: Readonly<{ onRetry(): void }>) {
  return (
    <div className="status" role="alert">
      <p>This page could not finish loading. Your draft is still saved on this device.</p>
      <button className="button" type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

/** Renders a draft's current screen; every change is a draft-flow step, saved on this device at once. */
export function DraftWizard() {
  const router = useRouter();
  const { load, saveProblem, update, finish } = useDraft(useSearchParams().get('id'));
  // Who has confirmed "I'm answering for myself" on this screen; never stored.
  const [confirmed, setConfirmed] = useState<PartnerKey | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const parts = useDraftSteps();

  if (load.status === 'loading') return <p className="muted">Opening…</p>;
  if (load.status !== 'ready') return <CouldNotOpen what="draft" why={load} />;
  if (parts.status === 'loading') return <p className="muted">Opening…</p>;
  if (parts.status === 'failed') return <StepsFailed onRetry={parts.retry} />;
  const { findTemplate, SectionStep, ReviewStep, SignStep, SignedStep } = parts.steps;
  const { item: draft } = load;
  const template = findTemplate(draft.templateId, draft.templateVersion);
  if (!template) return <p className="status" role="alert">This draft was made with a version of the app that is no longer available.</p>;
  const names = { a: draft.partners?.a.name ?? '', b: draft.partners?.b.name ?? '' };
  const move = (change: (current: Draft) => Draft) => {
    setProblem(null);
    update(change);
  };

  const finishSigned = (signed: SignedDraft) => {
    setFinishing(true);
    void finish(template, signed).then((finished) => {
      setFinishing(false);
      if (!finished.ok) return setProblem(FINISH_PROBLEMS[finished.problem]);
      // Where the finished draft could not be removed, the agreement says so; the draft can only reopen this agreement.
      const kept = finished.draftKept ? '&draftKept=1' : '';
      router.push(`/agreement?id=${finished.agreement.id}&signed=${finished.agreement.versions.length}${kept}`);
    });
  };

  const screen = currentScreen(template, draft, confirmed);
  const body = (() => {
    switch (screen.kind) {
      case 'setup':
        return (
          <SetupStep
            draft={draft}
            onDone={(values) => {
              setConfirmed(null);
              move((current) => completeSetup(current, values));
            }}
          />
        );
      case 'intro':
        return (
          <PartnerIntro
            name={names[screen.partner]}
            otherName={names[otherPartner(screen.partner)]}
            isFirst={screen.isFirst}
            revising={Boolean(draft.revisionOf)}
            onReady={() => setConfirmed(screen.partner)}
            onBack={screen.isFirst ? () => move(backToSetup) : undefined}
          />
        );
      case 'answers': {
        const { partner } = screen;
        return (
          <SectionStep
            key={`${partner}-${screen.section.id}`}
            section={screen.section}
            index={screen.index}
            total={screen.total}
            partnerName={names[partner]}
            apps={draft.apps ?? []}
            saved={draft.answers[partner]}
            inForce={draft.revisionOf?.inForce}
            template={template}
            revisionOf={draft.revisionOf}
            onChange={(values) => update((current) => recordAnswers(current, partner, values))}
            onBack={() => {
              if (previousSection(draft)) move((current) => previousSection(current) ?? current);
              else setConfirmed(null);
            }}
            onNext={(values) => {
              // The turn ends after the last section: the next partner confirms for themself.
              if (nextSection(template, draft, values).stage !== draft.stage) setConfirmed(null);
              move((current) => nextSection(template, current, values));
            }}
          />
        );
      }
      case 'handover':
        return (
          <Handover
            from={names.a}
            to={names.b}
            onReady={() => {
              setConfirmed('b');
              move(startSecondTurn);
            }}
          />
        );
      case 'review':
        return (
          <ReviewStep
            template={template}
            draft={draft}
            terms={screen.terms}
            onResolve={(questionId, resolution) => move((current) => resolveTerm(current, questionId, resolution))}
            onAccept={(questionId, replaceChoice) => {
              const result = acceptSuggestion(template, draft, questionId, { replaceChoice });
              if (!result.ok) return result.problem;
              move((current) => {
                const again = acceptSuggestion(template, current, questionId, { replaceChoice });
                return again.ok ? again.draft : current;
              });
              return null;
            }}
            onAcceptAll={() => move((current) => acceptAllSuggestions(template, current))}
            onCustomChange={(custom) => move((current) => setCustomTerms(current, custom))}
            onNext={() => {
              const result = toSigning(template, draft);
              if (!result.ok) return setProblem(NOT_READY[result.problem]);
              // Whoever answered last no longer counts as holding the phone: each signer confirms afresh.
              setConfirmed(null);
              move(() => result.draft);
            }}
          />
        );
      case 'sign':
        return (
          <SignStep
            key={screen.partner}
            template={template}
            partner={screen.partner}
            name={names[screen.partner]}
            onBack={() => move(backToReview)}
            onSign={(input) => {
              const problems = signProblems(screen.ready, screen.partner, input);
              const result = signAs(screen.ready, screen.partner, input);
              if (!result.ok) return problems;
              // The phone changes hands after each signature.
              setConfirmed(null);
              move(() => result.draft);
              if (result.signed) finishSigned(result.signed);
              return [];
            }}
          />
        );
      case 'signHandover':
        return <SignHandover from={names[screen.from]} to={names[screen.to]} onReady={() => setConfirmed(screen.to)} />;
      case 'signed':
        return <SignedStep finishing={finishing} onFinish={() => finishSigned(screen.signed)} />;
      case 'notReady':
        return <ProblemMessage message={NOT_READY[screen.problem]} />;
    }
  })();

  return (
    <>
      <ProblemMessage message={saveProblem && STORAGE_MESSAGES[saveProblem]} />
      <ProblemMessage message={problem} />
      {body}
    </>
  );
}
