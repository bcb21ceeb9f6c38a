'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';
import { findTemplate } from '@/templates';
import type { Answers } from '@/lib/template/schema';
import { mergeDraft } from '@/lib/agreement/draft';
import type { Draft, PartnerKey } from '@/lib/agreement/schema';
import { finishDraft } from '@/lib/storage/finish-draft';
import { toStorageError } from '@/lib/storage/store';
import { getStore } from '../use-store';
import { useDraft } from './use-draft';
import { SetupStep } from './setup-step';
import { PartnerIntro } from './partner-intro';
import { SectionStep } from './section-step';
import { Handover } from './handover';
import { ReviewStep } from './review-step';
import { SignStep } from './sign-step';

/** Drives one draft through its stages; every change is saved on this device at once. */
export function DraftWizard() {
  const router = useRouter();
  const id = useSearchParams().get('id');
  const { draft, load, saveError, update, flush } = useDraft(id);
  // Who has confirmed "I'm answering for myself" on this screen; never stored.
  const [readyFor, setReadyFor] = useState<PartnerKey | null>(null);
  const [finishError, setFinishError] = useState<string | null>(null);

  const saveAnswers = useCallback(
    (partner: PartnerKey, values: Answers) =>
      update((current) => ({ ...current, answers: { ...current.answers, [partner]: { ...current.answers[partner], ...values } } })),
    [update],
  );
  const saveA = useCallback((values: Answers) => saveAnswers('a', values), [saveAnswers]);
  const saveB = useCallback((values: Answers) => saveAnswers('b', values), [saveAnswers]);

  if (load.status === 'loading') return <p className="muted">Opening…</p>;
  if (load.status !== 'ready' || !draft) {
    return (
      <div>
        <h1>We could not open this draft</h1>
        <p className="status" role="alert">
          {load.status === 'error'
            ? load.message
            : load.status === 'missing' && load.setAside > 0
              ? 'A saved draft on this device could not be read, so we put it aside instead of deleting it. Everything else is unchanged.'
              : 'There is no draft with this link on this device. Drafts are only kept in the browser they were made in.'}
        </p>
        <Link className="button" href="/">
          Back to the start
        </Link>
      </div>
    );
  }

  const template = findTemplate(draft.templateId, draft.templateVersion);
  if (!template) return <p className="status" role="alert">This draft was made with a version of the app that is no longer available.</p>;
  const names = { a: draft.partners?.a.name ?? '', b: draft.partners?.b.name ?? '' };
  const apps = draft.apps ?? [];
  const total = template.sections.length;
  const setStage = (stage: Draft['stage'], step = 0) => update((current) => ({ ...current, stage, step }));

  const finish = async (signed: Draft) => {
    try {
      await flush();
      const result = await finishDraft(getStore(), template, signed);
      if (!result.ok) return setFinishError(result.message);
      router.push(`/agreement?id=${result.agreement.id}`);
    } catch (error) {
      setFinishError(toStorageError(error).message);
    }
  };

  const body = (() => {
    switch (draft.stage) {
      case 'setup':
        return <SetupStep draft={draft} onDone={(values) => { setReadyFor(null); update((current) => ({ ...current, ...values, stage: 'answerA', step: 0 })); }} />;
      case 'answerA':
      case 'answerB': {
        const partner: PartnerKey = draft.stage === 'answerA' ? 'a' : 'b';
        const other: PartnerKey = partner === 'a' ? 'b' : 'a';
        if (readyFor !== partner) {
          return (
            <PartnerIntro
              name={names[partner]}
              otherName={names[other]}
              isFirst={partner === 'a'}
              onReady={() => setReadyFor(partner)}
              onBack={partner === 'a' ? () => setStage('setup') : undefined}
            />
          );
        }
        const section = template.sections[Math.min(draft.step, total - 1)];
        if (!section) return null;
        return (
          <SectionStep
            key={`${partner}-${section.id}`}
            section={section}
            index={draft.step}
            total={total}
            partnerName={names[partner]}
            apps={apps}
            saved={draft.answers[partner]}
            onChange={partner === 'a' ? saveA : saveB}
            onBack={() => (draft.step === 0 ? setReadyFor(null) : setStage(draft.stage, draft.step - 1))}
            onNext={(values) => {
              saveAnswers(partner, values);
              if (draft.step + 1 < total) return setStage(draft.stage, draft.step + 1);
              setReadyFor(null);
              setStage(partner === 'a' ? 'handover' : 'review');
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
              setReadyFor('b');
              setStage('answerB');
            }}
          />
        );
      case 'review': {
        const terms = mergeDraft(template, draft);
        if (!terms) return <p className="status" role="alert">Some answers are missing. Please go back and finish them.</p>;
        return (
          <ReviewStep
            template={template}
            draft={draft}
            terms={terms}
            onResolve={(questionId, resolution) =>
              update((current) => ({ ...current, resolutions: { ...current.resolutions, [questionId]: resolution } }))
            }
            onCustomChange={(custom) => update((current) => ({ ...current, custom }))}
            onNext={() => setStage('sign')}
          />
        );
      }
      case 'sign': {
        const partner: PartnerKey = draft.signatures.a ? 'b' : 'a';
        return (
          <SignStep
            key={partner}
            template={template}
            partner={partner}
            name={names[partner]}
            onBack={() =>
              update((current) => ({ ...current, stage: 'review', signatures: {}, acknowledgements: { a: [], b: [] } }))
            }
            onSign={(acknowledged, signature) => {
              const signed: Draft = {
                ...draft,
                acknowledgements: { ...draft.acknowledgements, [partner]: acknowledged },
                signatures: { ...draft.signatures, [partner]: signature },
              };
              update(() => signed);
              if (partner === 'b') void finish(signed);
            }}
          />
        );
      }
    }
  })();

  return (
    <>
      {saveError && (
        <p className="status" role="alert">
          {saveError}
        </p>
      )}
      {finishError && (
        <p className="status" role="alert">
          {finishError}
        </p>
      )}
      {body}
    </>
  );
}
