'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { findTemplate } from '@/templates';
import { renderSections } from '@/lib/agreement/clauses';
import type { Agreement } from '@/lib/agreement/schema';
import { latestVersion, signaturesOn, startRevision } from '@/lib/agreement/versions';
import { loadAgreements, saveAgreement, saveDraft } from '@/lib/storage/repository';
import { toStorageError } from '@/lib/storage/store';
import { getStore } from '../use-store';
import { TermsView } from './terms-view';
import { TightenPanel } from './tighten-panel';
import { UnseenChanges } from './unseen-changes';
import { VersionHistory } from './version-history';
import { WithdrawPanel } from './withdraw-panel';
import { WithdrawnView } from './withdrawn-view';
import { ReviewReminder } from './review-reminder';
import { KeepACopy } from './keep-a-copy';
import { ExportPdfButton } from './export-pdf-button';
import { formatDateTime } from './format';

type State = { status: 'loading' } | { status: 'missing'; message: string } | { status: 'ready'; agreement: Agreement };

/** A signed agreement, as saved on this device, with everything the couple can do with it. */
export function AgreementPage() {
  const router = useRouter();
  const id = useSearchParams().get('id');
  const [state, setState] = useState<State>({ status: 'loading' });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadAgreements(getStore())
      .then(({ items }) => {
        const agreement = items.find((item) => item.id === id);
        setState(agreement ? { status: 'ready', agreement } : { status: 'missing', message: 'There is no agreement with this link on this device.' });
      })
      .catch((caught: unknown) => setState({ status: 'missing', message: toStorageError(caught).message }));
  }, [id]);

  if (state.status === 'loading') return <p className="muted">Opening…</p>;
  if (state.status === 'missing') {
    return (
      <div>
        <h1>We could not open this agreement</h1>
        <p className="status" role="alert">
          {state.message}
        </p>
        <Link className="button" href="/">
          Back to the start
        </Link>
      </div>
    );
  }

  const { agreement } = state;
  const version = latestVersion(agreement);
  const template = findTemplate(version.templateId, version.templateVersion);
  if (!template) return <p className="status" role="alert">This agreement was made with a template this app no longer has.</p>;
  const names = { a: version.partners.a.name, b: version.partners.b.name };
  const sections = renderSections(template, version);
  const signatures = signaturesOn(version);

  // Saved first, shown second: the screen never shows a change the device did not keep.
  const save = async (next: Agreement) => {
    try {
      await saveAgreement(getStore(), next);
      setError(null);
      setState({ status: 'ready', agreement: next });
      window.scrollTo({ top: 0 });
    } catch (caught) {
      setError(toStorageError(caught).message);
    }
  };

  const revise = async () => {
    const result = startRevision(template, agreement);
    if (!result.ok) return;
    try {
      await saveDraft(getStore(), result.draft);
      router.push(`/draft?id=${result.draft.id}`);
    } catch (caught) {
      setError(toStorageError(caught).message);
    }
  };

  return (
    <div>
      <p className="muted small">
        {agreement.withdrawn ? 'Withdrawn' : `Version ${version.version}`}
        {!agreement.withdrawn && (signatures.a.signed && signatures.b.signed ? ', signed by you both' : ', in force')}
      </p>
      <h1>
        Our agreement: {names.a} and {names.b}
      </h1>
      {error && (
        <p className="status" role="alert">
          {error}
        </p>
      )}
      <p className="notice">
        A shared statement of intentions, not a legal contract. It gives no consent to share anything with anyone. Either of
        you can make a term stricter at any time; making one looser needs you both.
      </p>
      <WithdrawnView agreement={agreement} endings={sections.find((section) => section.id === template.endingsSectionId)} />
      <UnseenChanges template={template} agreement={agreement} onSave={save} />
      {!agreement.withdrawn && <ReviewReminder template={template} agreement={agreement} />}
      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">What you can do</h2>
        <div className="actions">
          <ExportPdfButton template={template} agreement={agreement} versionNumber={version.version} />
          {!agreement.withdrawn && (
            <>
              <button className="button secondary" type="button" onClick={revise}>
                Revisit together
              </button>
              <details>
                <summary>Make a term stricter, on my own</summary>
                <TightenPanel template={template} agreement={agreement} onSave={save} />
              </details>
            </>
          )}
          <details>
            <summary>Keep a copy</summary>
            <KeepACopy agreement={agreement} />
          </details>
          {!agreement.withdrawn && (
            <details>
              <summary>Withdraw from this agreement</summary>
              <WithdrawPanel agreement={agreement} onSave={save} />
            </details>
          )}
        </div>
      </section>
      <h2>The terms{agreement.withdrawn ? ' (no longer in force)' : ''}</h2>
      <TermsView sections={sections} custom={version.custom} names={names} />
      <section className="card" aria-labelledby="signatures">
        <h2 id="signatures">
          Signatures on version {version.version}
        </h2>
        <ul className="list-plain">
          {(['a', 'b'] as const).map((partner) => {
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
