'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { findTemplate } from '@/templates';
import { renderSections } from '@/lib/agreement/clauses';
import type { Agreement } from '@/lib/agreement/schema';
import { loadAgreements } from '@/lib/storage/repository';
import { toStorageError } from '@/lib/storage/store';
import { getStore } from '../use-store';
import { TermsView } from './terms-view';

type State = { status: 'loading' } | { status: 'missing'; message: string } | { status: 'ready'; agreement: Agreement };

function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

/** A signed agreement, as saved on this device. */
export function AgreementPage() {
  const id = useSearchParams().get('id');
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    loadAgreements(getStore())
      .then(({ items }) => {
        const agreement = items.find((item) => item.id === id);
        setState(agreement ? { status: 'ready', agreement } : { status: 'missing', message: 'There is no agreement with this link on this device.' });
      })
      .catch((error: unknown) => setState({ status: 'missing', message: toStorageError(error).message }));
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
  const version = agreement.versions[agreement.versions.length - 1];
  const template = version && findTemplate(version.templateId, version.templateVersion);
  if (!version || !template) return <p className="status" role="alert">This agreement was made with a template this app no longer has.</p>;
  const names = { a: version.partners.a.name, b: version.partners.b.name };

  return (
    <div>
      <p className="muted small">Signed, version {version.version}</p>
      <h1>
        Our agreement: {names.a} and {names.b}
      </h1>
      <p className="notice">
        A shared statement of intentions, not a legal contract. It gives no consent to share anything with anyone. Either of
        you can make a term stricter at any time; making one looser needs you both.
      </p>
      <TermsView sections={renderSections(template, version)} custom={version.custom} names={names} />
      <section className="card" aria-labelledby="signatures">
        <h2 id="signatures" style={{ marginTop: 0 }}>
          Signed
        </h2>
        <ul className="list-plain">
          {(['a', 'b'] as const).map((partner) => (
            <li key={partner}>
              <strong>{version.signatures[partner].name}</strong>, {formatDateTime(version.signatures[partner].at)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
