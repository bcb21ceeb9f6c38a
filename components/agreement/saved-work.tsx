'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { toStorageError } from '@/lib/storage/store';
import type { SavedList } from '@/lib/storage/saved-list';
import { getStore } from '../use-store';
import { formatCalendarDate, formatDate } from './format';

type State = SavedList & { error?: string };

/** Drafts and signed agreements saved on this device. */
export function SavedWork() {
  const [state, setState] = useState<State | null>(null);

  useEffect(() => {
    // Loaded after the page shows: the schemas that read saved records stay out of the home page's first load.
    Promise.all([import('@/lib/storage/saved-list'), import('@/templates')])
      .then(([{ listSavedWork }, { findTemplate }]) => listSavedWork(getStore(), findTemplate))
      .then(setState)
      .catch((error: unknown) => setState({ drafts: [], agreements: [], setAside: 0, error: toStorageError(error).message }));
  }, []);

  if (!state) return null;
  const hasAny = state.drafts.length > 0 || state.agreements.length > 0;
  return (
    <section aria-labelledby={hasAny ? "saved-heading" : undefined} data-saved-work="loaded">
      {(hasAny || state.error || state.setAside > 0) && <h2 id="saved-heading">On this device</h2>}
      {state.error && <p className="status" role="alert">{state.error}</p>}
      {state.setAside > 0 && (
        <p className="notice" role="status">
          {state.setAside === 1 ? 'One saved item' : `${state.setAside} saved items`} could not be read, so we put{' '}
          {state.setAside === 1 ? 'it' : 'them'} aside instead of deleting {state.setAside === 1 ? 'it' : 'them'}. The rest
          of your work is fine.
        </p>
      )}
      {state.agreements.map((agreement) => (
        <div className="card" key={agreement.id}>
          <strong>{agreement.names}</strong>
          <p className="muted small">
            {agreement.withdrawnAt ? `Withdrawn ${formatDate(agreement.withdrawnAt)}` : `Signed, version ${agreement.version}`} ·{' '}
            {formatDate(agreement.signedAt)}
          </p>
          {agreement.review && <p className="small">Next check-in: {formatCalendarDate(agreement.review)}</p>}
          <Link className="button secondary" href={`/agreement?id=${agreement.id}`}>
            Open agreement
          </Link>
        </div>
      ))}
      {state.drafts.map((draft) => (
        <div className="card" key={draft.id}>
          <strong>{draft.names}</strong>
          <p className="muted small">
            {draft.isRevision ? 'Revision in progress' : 'Draft in progress'} · last saved {formatDate(draft.updatedAt)}
          </p>
          <Link className="button secondary" href={`/draft?id=${draft.id}`}>
            Continue
          </Link>
        </div>
      ))}
    </section>
  );
}
