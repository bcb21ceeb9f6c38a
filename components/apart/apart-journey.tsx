'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { defaultTemplate } from '@/templates';
import { newId } from '@/lib/agreement/ids';
import { normaliseName } from '@/lib/agreement/names';
import { otherPartner } from '@/lib/agreement/schema';
import { PROBLEM_MESSAGES, type ApartProblem, type Versioned } from '@/lib/apart/client';
import { progressOf } from '@/lib/apart/device-state';
import { formatFragment } from '@/lib/crypto/secret';
import { apartAgreement, apartCustomTerms, apartReview, newApartRecord, termsKey, type ApartParts, type ApartProgress, type ApartRecord } from '@/lib/apart/shared';
import { apartStage } from '@/lib/apart/stage';
import { apartClient, keepApartAgreement, takeFirstStatus, useApartState, useApartStatus } from '../session/use-apart';
import { CouldNotOpen } from '../shared/could-not-open';
import { ProblemMessage, STORAGE_MESSAGES } from '../shared/storage-banner';
import { SectionStep } from '../wizard/section-step';
import { CheckCode } from './check-code';
import { InviteCard } from './invite-card';
import { ApartReviewScreen } from './apart-review';
import { OtherProgress } from './other-progress';
import { SharedCopyPanel } from './shared-copy-panel';

const TEMPLATE = defaultTemplate;
const TOTAL = TEMPLATE.sections.length;

/** One partner's whole apart journey on their own phone: invite, check code, answers, review, signing. */
export function ApartJourney() {
  const id = useSearchParams().get('id');
  const { load, session, saveProblem, update, current } = useApartState(id);
  // Right after joining, the join's own status: the check code and the answers need no poll first.
  const [first] = useState(() => takeFirstStatus(id));
  const { status, problem: pollProblem, refresh } = useApartStatus(session, first);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // undefined while the words are being worked out; null when they cannot be for this phone.
  const [words, setWords] = useState<string[] | null | undefined>(undefined);
  const [answering, setAnswering] = useState(false);
  const [record, setRecord] = useState<Versioned<ApartRecord> | null>(null);
  const state = load.status === 'ready' ? load.item : null;
  const role = session?.role ?? 'a';
  const other = otherPartner(role);
  const bothSubmitted = (status?.submitted.a && status.submitted.b) ?? false;

  /** Sends this device's progress slot as its state now says; the rev is kept so the next write builds on it. */
  const pushProgress = useCallback(async (): Promise<ApartProblem | null> => {
    const now = current();
    if (!session || !now) return 'server';
    const sent = await apartClient.saveProgress(session, progressOf(now, TOTAL), now.progressRev);
    if (!sent.ok) return sent.problem;
    await update((latest) => ({ ...latest, progressRev: sent.value.rev }));
    refresh();
    return null;
  }, [current, session, update, refresh]);

  const act = async (work: () => Promise<ApartProblem | null>) => {
    setBusy(true);
    setProblem(null);
    const failed = await work();
    setBusy(false);
    if (failed) setProblem(PROBLEM_MESSAGES[failed]);
  };

  // The check code, once both partners are known.
  useEffect(() => {
    if (!session || !status?.joined) return;
    void apartClient.checkCode(session, status).then(setWords);
  }, [session, status]);

  // Once both submitted: the partner's answers (kept on this phone), and the shared record, made by whoever comes first.
  useEffect(() => {
    if (!session || !state || !bothSubmitted || state.otherAnswers) return;
    void apartClient.readAnswers(session).then((read) => {
      if (!read.ok) return setProblem(PROBLEM_MESSAGES[read.problem]);
      const theirs = read.value.other?.value;
      if (read.value.released && theirs) void update((latest) => ({ ...latest, otherAnswers: theirs }));
    });
  }, [session, state, bothSubmitted, update]);

  const recordRev = status?.recordRev ?? 0;
  useEffect(() => {
    if (!session || !bothSubmitted) return;
    if (record && record.rev >= recordRev) return;
    void (async () => {
      const read = recordRev === 0 ? await apartClient.updateRecord(session, (now) => now?.value ?? newApartRecord(newId()), null) : await apartClient.readRecord(session);
      if (!read.ok) return setProblem(PROBLEM_MESSAGES[read.problem]);
      if (read.value) setRecord(read.value);
    })();
  }, [session, bothSubmitted, recordRev, record]);

  const otherProgress: ApartProgress | undefined = status?.progress[other]?.value;
  const parts: ApartParts | null =
    state && record && otherProgress && state.otherAnswers && state.submitted
      ? {
          template: TEMPLATE,
          record: record.value,
          progress: role === 'a' ? { a: progressOf(state, TOTAL), b: otherProgress } : { a: otherProgress, b: progressOf(state, TOTAL) },
          answers: role === 'a' ? { a: state.answers, b: state.otherAnswers } : { a: state.otherAnswers, b: state.answers },
        }
      : null;
  const agreement = parts ? apartAgreement(parts) : null;

  // Both signed the same terms: the same version on both phones, saved here.
  useEffect(() => {
    if (!agreement || state?.agreementId === agreement.id) return;
    void keepApartAgreement(agreement).then((kept) => {
      if (kept.ok) return void update((latest) => ({ ...latest, agreementId: agreement.id }));
      setProblem(
        kept.problem === 'differs'
          ? 'An agreement with the same name but different content is already on this phone, so it was left as it is.'
          : STORAGE_MESSAGES[kept.problem],
      );
    });
  }, [agreement, state?.agreementId, update]);

  // The apps the partner who started chose, kept here so the questions show their settings offline too.
  const statusApps = role === 'b' ? status?.progress.a?.value.apps : undefined;
  useEffect(() => {
    if (statusApps && state && !state.partnerApps) void update((latest) => ({ ...latest, partnerApps: [...statusApps] }));
  }, [statusApps, state, update]);

  // The other's name as last seen, kept so a reopened or offline phone names them before any status arrives.
  const seenName = otherProgress?.name;
  useEffect(() => {
    if (seenName && state && state.partnerName !== seenName) void update((latest) => ({ ...latest, partnerName: seenName }));
  }, [seenName, state, update]);

  useEffect(() => {
    if (pollProblem === 'not-found' && state && !state.gone) void update((latest) => ({ ...latest, gone: true }));
  }, [pollProblem, state, update]);

  if (load.status === 'loading') return <p className="muted">Opening…</p>;
  if (load.status !== 'ready' || !state || !session) return <CouldNotOpen what="draft" why={load.status === 'ready' ? { status: 'missing', setAside: false } : load} />;

  const otherName = otherProgress?.name ?? state.partnerName ?? 'your partner';
  const banner = (
    <>
      <ProblemMessage message={saveProblem && STORAGE_MESSAGES[saveProblem]} />
      <ProblemMessage message={problem} />
      {pollProblem && pollProblem !== 'not-found' && (
        <p className="notice" role="status">
          {PROBLEM_MESSAGES[pollProblem]}
        </p>
      )}
    </>
  );
  // Right after both signed, the agreement page opens on its signed moment (the fingerprint to read
  // aloud to each other, and the ways to keep a copy), as it does on one phone.
  const openLink = (justSigned: boolean) =>
    state.agreementId && (
      <p className="button-row">
        <Link className="button" href={`/agreement?id=${state.agreementId}${justSigned ? '&signed=1' : ''}`}>
          Open your agreement
        </Link>
      </p>
    );

  const stage = apartStage({ role, state, status, problem: pollProblem, total: TOTAL, partsReady: parts !== null });
  if (stage === 'gone') {
    return (
      <div>
        <h1>The shared copy is gone</h1>
        <p className="lead">
          The copy on our server was deleted by one of you, or it expired after a long time without use. Whatever is on this
          phone is still here, and so is anything you downloaded.
        </p>
        {openLink(false)}
      </div>
    );
  }
  const stop = () =>
    act(async () => {
      const deleted = await apartClient.deleteShared(session);
      if (!deleted.ok) return deleted.problem;
      await update((latest) => ({ ...latest, gone: true }));
      return null;
    });

  const footer = status && <SharedCopyPanel otherName={otherName} expiresAt={status.expiresAt} busy={busy} onDelete={() => void stop()} />;
  const progressLine = <OtherProgress name={otherName} progress={otherProgress} submitted={status?.submitted[other] ?? false} />;

  // The banner and the shared-copy panel stand in one place, so a screen changing under them (a poll, the
  // record arriving) leaves the panel as it was, open or closed.
  const body = ((): ReactNode => {
    if (stage === 'connecting') return <p className="muted">Connecting…</p>;

    if (stage === 'invite' && status) {
      const link = `${window.location.origin}/apart/join${formatFragment(session.secret)}`;
      return (
        <div>
          <h1>Invite your partner</h1>
          <p className="lead">Your partner opens this link on their own phone. This page shows when they have joined: you can keep it open.</p>
          <InviteCard link={link} expiresAt={status.expiresAt} />
          <p className="muted" role="status">
            Waiting for your partner to join…
          </p>
        </div>
      );
    }

    if (stage === 'check-code') {
      return (
        <>
          {role === 'a' && <p className="notice">{otherName} has joined.</p>}
          {words === undefined ? (
            <p className="muted">Working out the words…</p>
          ) : (
            <CheckCode words={words} otherName={otherName} onMatch={() => void update((latest) => ({ ...latest, codeMatched: true }))} onStop={() => void stop()} />
          )}
        </>
      );
    }

    // Chosen by the partner who started: their progress as the latest status shows it, else as this phone kept it.
    const apps = state.apps ?? status?.progress.a?.value.apps ?? state.partnerApps ?? [];
    if (stage === 'send') {
      return (
        <div>
          <h1>Send your answers</h1>
          <p className="lead">
            When you send them, your answers are final: they cannot change afterwards. {otherName} can read them only once you
            have both sent yours, and you can read theirs then too.
          </p>
          {progressLine}
          <div className="button-row spread">
            <button className="button quiet" type="button" onClick={() => void update((latest) => ({ ...latest, step: TOTAL - 1 }))}>
              Back
            </button>
            <button
              className="button"
              type="button"
              disabled={busy}
              onClick={() =>
                void act(async () => {
                  const sent = await apartClient.submitAnswers(session, state.answers, state.answersRev);
                  if (!sent.ok && sent.problem !== 'submitted') return sent.problem;
                  await update((latest) => ({ ...latest, submitted: true, answersRev: sent.ok ? sent.value.rev : latest.answersRev }));
                  return pushProgress();
                })
              }
            >
              Send my answers as final
            </button>
          </div>
        </div>
      );
    }
    const section = TEMPLATE.sections[Math.min(state.step, TOTAL - 1)];
    if (stage === 'answering' && (!answering || !section)) {
      return (
        <div>
          <h1>{state.myName}, this part is just for you</h1>
          <p className="lead">
            Answer for yourself only: what you are comfortable with, not what you think {otherName} wants. Your answers are
            kept on this phone as you go, and you can close the app and come back.
          </p>
          <p>Every question starts on the most careful choice. Change it only if you want to.</p>
          {progressLine}
          <div className="button-row">
            <button className="button" type="button" onClick={() => setAnswering(true)}>
              {state.step === 0 ? `I’m ${state.myName}, and I’m answering for myself` : 'Carry on with my answers'}
            </button>
          </div>
        </div>
      );
    }
    if (stage === 'answering' && section) {
      return (
        <>
          {progressLine}
          <SectionStep
            key={section.id}
            section={section}
            index={state.step}
            total={TOTAL}
            partnerName={state.myName}
            apps={apps}
            saved={state.answers}
            onChange={(values) => void update((latest) => ({ ...latest, answers: { ...latest.answers, ...values } }))}
            onBack={() => (state.step === 0 ? setAnswering(false) : void update((latest) => ({ ...latest, step: latest.step - 1 })))}
            onNext={(values) => {
              void update((latest) => ({ ...latest, answers: { ...latest.answers, ...values }, step: latest.step + 1 })).then(() => pushProgress());
            }}
          />
        </>
      );
    }

    if (stage !== 'review' || !parts) {
      return (
        <div>
          <h1>Your answers are sent</h1>
          <p className="lead">Thank you, {state.myName}. As soon as {otherName} has sent theirs too, you will both see your terms here.</p>
          {progressLine}
        </div>
      );
    }

    const review = apartReview(parts);
    if (review.kind !== 'review') return <ProblemMessage message="Some answers are missing, so the terms cannot be shown." />;
    const names = { a: parts.progress.a.name, b: parts.progress.b.name };

    return (
      <>
        <ApartReviewScreen
          template={TEMPLATE}
          review={review}
          names={names}
          me={role}
          choices={parts.record.choices}
          confirms={{ a: parts.progress.a.confirms, b: parts.progress.b.confirms }}
          signedAnything={{ a: parts.progress.a.signed !== undefined, b: parts.progress.b.signed !== undefined }}
          busy={busy}
          finished={Boolean(agreement)}
          opened={openLink(true)}
          onPick={(questionId, optionId) =>
            void act(async () => {
              const written = await apartClient.updateRecord(session, (now) => {
                const base = now?.value ?? parts.record;
                return { ...base, choices: { ...base.choices, [questionId]: optionId } };
              }, record);
              if (!written.ok) return written.problem;
              setRecord(written.value);
              refresh();
              return null;
            })
          }
          onConfirm={(questionId, optionId, confirm) =>
            void act(async () => {
              await update((latest) => {
                const confirms = { ...latest.confirms };
                if (confirm) confirms[questionId] = optionId;
                else delete confirms[questionId];
                return { ...latest, confirms };
              });
              return pushProgress();
            })
          }
          custom={apartCustomTerms(parts.progress)}
          onCustom={(mine) =>
            void act(async () => {
              await update((latest) => ({ ...latest, custom: mine }));
              return pushProgress();
            })
          }
          onSign={({ acknowledged, typedName, privateAnswers }) =>
            void act(async () => {
              if (!review.ready) return 'not-ready';
              const terms = termsKey(review.ready);
              const signature = { name: normaliseName(typedName), at: new Date().toISOString() };
              await update((latest) => ({ ...latest, signed: { acks: [...acknowledged], signature, terms, privateAnswers } }));
              return pushProgress();
            })
          }
        />
      </>
    );
  })();
  const withPanel = stage === 'invite' || stage === 'sent' || stage === 'review';
  return (
    <>
      {banner}
      {body}
      {withPanel && footer}
    </>
  );
}

