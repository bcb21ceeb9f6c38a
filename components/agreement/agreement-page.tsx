'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { findTemplate, latestTemplate } from '@/templates';
import { renderSections } from '@/lib/agreement/clauses';
import { startRevision, type RevisionStartProblem } from '@/lib/agreement/draft-flow';
import { PARTNERS, type Agreement, type PartnerKey } from '@/lib/agreement/schema';
import type { Template } from '@/lib/template/types';
import { latestVersion, signaturesOn } from '@/lib/agreement/versions';
import { formatDateTime } from '@/lib/agreement/format-date';
import { useAgreement } from '../session/use-agreement';
import { useNewDraft } from '../session/use-new-draft';
import { CouldNotOpen } from '../shared/could-not-open';
import { ProblemMessage, STORAGE_MESSAGES } from '../shared/storage-banner';
import { TermsView } from './terms-view';
import { TightenPanel } from './tighten-panel';
import { UnseenChanges } from './unseen-changes';
import { VersionHistory } from './version-history';
import { WithdrawPanel } from './withdraw-panel';
import { WithdrawnView } from './withdrawn-view';
import { ReviewReminder } from './review-reminder';
import { KeepACopy } from './keep-a-copy';
import { ExportPdfButton } from './export-pdf-button';
import { RevisitPanel } from './revisit-panel';
import { UpgradePanel } from './upgrade-panel';
import { SignedMoment } from './signed-moment';
import { useFingerprint } from './use-fingerprint';

const REVISION_PROBLEMS: Readonly<Record<RevisionStartProblem, string>> = {
  withdrawn: 'This agreement was withdrawn, so it cannot be revisited. You can start a new agreement instead.',
  nothingChosen: 'Please choose at least one term to revisit.',
  otherTemplate: 'This agreement was made on a version of the questions this app cannot move it from. Nothing was changed.',
};

/** The number in `?signed=N`, set by the wizard right after both signed version N. */
function justSigned(value: string | null): number | null {
  const number = value === null ? Number.NaN : Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
}

/** On an agreement made on two phones: a change made together there, waiting to be signed or to propose. */
export interface TwoPhoneChange {
  readonly pending: ReactNode;
  readonly propose: ReactNode;
  /** The shared copy on the server, which either partner may delete. */
  readonly sharedCopy?: ReactNode;
}

/** A signed agreement, as saved on this device, with everything the couple can do with it. */
export function AgreementPage({ thisPhone, together = null }: Readonly<{ thisPhone: PartnerKey | null | 'loading'; together?: TwoPhoneChange | null }>) {
  const router = useRouter();
  const params = useSearchParams();
  const { load, save: saveAgreement } = useAgreement(params.get('id'));
  const saveNewDraft = useNewDraft();

  if (load.status === 'loading' || thisPhone === 'loading') return <p className="muted">Opening…</p>;
  if (load.status !== 'ready') return <CouldNotOpen what="agreement" why={load} />;
  return (
    <LoadedAgreement
      agreement={load.item}
      justSigned={justSigned(params.get('signed'))}
      draftKept={params.get('draftKept') === '1'}
      saveAgreement={saveAgreement}
      saveNewDraft={saveNewDraft}
      thisPhone={thisPhone}
      together={together}
      onDraft={(id) => router.push(`/draft?id=${id}`)}
    />
  );
}

interface LoadedProps {
  agreement: Agreement;
  justSigned: number | null;
  draftKept: boolean;
  saveAgreement: ReturnType<typeof useAgreement>['save'];
  saveNewDraft: ReturnType<typeof useNewDraft>;
  /** Made on two phones: the partner this one belongs to, who acts here only for themself. */
  thisPhone: PartnerKey | null;
  together: TwoPhoneChange | null;
  onDraft(id: string): void;
}

function LoadedAgreement({ agreement, justSigned, draftKept, saveAgreement, saveNewDraft, thisPhone, together, onDraft }: Readonly<LoadedProps>) {
  const [error, setError] = useState<string | null>(null);
  const version = latestVersion(agreement);
  const fingerprint = useFingerprint(version);
  const template = findTemplate(version.templateId, version.templateVersion);
  if (!template) return <p className="status" role="alert">This agreement was made with a template this app no longer has.</p>;
  const names = { a: version.partners.a.name, b: version.partners.b.name };
  const sections = renderSections(template, version);
  const signatures = signaturesOn(version);

  // Saved first, shown second: the screen never shows a change the device did not keep.
  const save = async (next: Agreement) => {
    const saved = await saveAgreement(next);
    setError(saved.ok ? null : STORAGE_MESSAGES[saved.problem]);
    if (saved.ok) window.scrollTo({ top: 0 });
  };

  // A newer version of the same questions that names a way from this one: offered, never required.
  const latest = latestTemplate(template.id);
  const newer = latest && latest.version > template.version && latest.upgrade?.fromVersion === template.version ? latest : undefined;

  /** Revisits on the questions signed (`into` left out), or moves to newer ones, together either way. */
  const revise = async (revisit: readonly string[] | null, into: Template = template) => {
    const result = startRevision(into, agreement, new Date(), revisit ?? undefined, template);
    if (!result.ok) return setError(REVISION_PROBLEMS[result.problem]);
    const saved = await saveNewDraft(result.draft);
    if (!saved.ok) return setError(STORAGE_MESSAGES[saved.problem]);
    onDraft(result.draft.id);
  };
  const bothSigned = signatures.a.signed && signatures.b.signed;
  // Right after both signed: the moment, with the ways to save a copy directly under it.
  const moment = justSigned === version.version && bothSigned && !agreement.withdrawn;
  const actions = (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">What you can do</h2>
      <div className="actions">
        <ExportPdfButton template={template} agreement={agreement} versionNumber={version.version} />
        {!agreement.withdrawn && (
          <>
            {/* On two phones each signs on their own: a revision made here would sign for the other too. */}
            {thisPhone === null ? (
              <details>
                <summary>Revisit together</summary>
                <RevisitPanel template={template} newer={Boolean(newer)} onStart={(revisit) => void revise(revisit)} />
              </details>
            ) : (
              together?.propose
            )}
            <details>
              <summary>Make a term stricter, on my own</summary>
              <TightenPanel template={template} agreement={agreement} onSave={save} thisPhone={thisPhone} />
            </details>
          </>
        )}
        <details>
          <summary>Keep a copy</summary>
          <KeepACopy agreement={agreement} />
        </details>
        {thisPhone !== null && together?.sharedCopy}
        {!agreement.withdrawn && (
          <details>
            <summary>Withdraw from this agreement</summary>
            <WithdrawPanel agreement={agreement} onSave={save} thisPhone={thisPhone} />
          </details>
        )}
      </div>
    </section>
  );

  return (
    <div>
      <p className="muted small">
        {agreement.withdrawn ? 'Withdrawn' : `Version ${version.version}`}
        {!agreement.withdrawn && (bothSigned ? ', signed by you both' : ', in force')}
        {' · '}Fingerprint <span className="fingerprint">{fingerprint ?? '…'}</span>
      </p>
      <h1>
        Our agreement: {names.a} and {names.b}
      </h1>
      <ProblemMessage message={error} />
      {moment && <SignedMoment versionNumber={version.version} fingerprint={fingerprint} twoPhones={thisPhone !== null} />}
      {moment && actions}
      {draftKept && (
        <p className="notice" role="status">
          Your agreement is saved. The finished draft could not be removed from this device, so it may still be listed on the
          home page: opening it only opens this agreement, and you can delete it there.
        </p>
      )}
      <p className="notice">
        A shared statement of intentions, not a legal contract. It gives no consent to share anything with anyone. Either of
        you can make a term stricter at any time; making one looser needs you both.
      </p>
      <WithdrawnView agreement={agreement} endings={sections.find((section) => section.id === template.endingsSectionId)} />
      <UnseenChanges template={template} agreement={agreement} onSave={save} thisPhone={thisPhone} />
      {thisPhone !== null && !agreement.withdrawn && together?.pending}
      {!agreement.withdrawn && <ReviewReminder template={template} agreement={agreement} />}
      {!agreement.withdrawn && newer && <UpgradePanel version={version} signedOn={template} newer={newer} onStart={thisPhone === null ? () => void revise(null, newer) : null} />}
      {!moment && actions}
      <h2>The terms{agreement.withdrawn ? ' (no longer in force)' : ''}</h2>
      <TermsView sections={sections} custom={version.custom} names={names} template={template} agreement={agreement} />
      <section className="card" aria-labelledby="signatures">
        <h2 id="signatures">
          Signatures on version {version.version}
        </h2>
        <ul className="list-plain">
          {PARTNERS.map((partner) => {
            const entry = signatures[partner];
            return (
              <li key={partner}>
                {entry.signed ? (
                  <>
                    <strong>{entry.signature.name}</strong>, {formatDateTime(entry.signature.at)}
                  </>
                ) : (
                  <>
                    <strong>{names[partner]}</strong>: has not signed this version yet
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <VersionHistory template={template} agreement={agreement} />
      </section>
    </div>
  );
}
