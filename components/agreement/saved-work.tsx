'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { loadAgreements, loadDrafts } from '@/lib/storage/repository';
import { toStorageError } from '@/lib/storage/store';
import type { Agreement, Draft } from '@/lib/agreement/schema';
import { nextReviewForAgreement } from '@/lib/agreement/review';
import { getStore } from '../use-store';
import { formatCalendarDate } from './format';

interface State {
  drafts: Draft[];
  agreements: Agreement[];
  setAside: number;
  error?: string;
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

function names(item: { partners?: { a: { name: string }; b: { name: string } } }): string {
  return item.partners ? `${item.partners.a.name} and ${item.partners.b.name}` : 'Not named yet';
}

/** Drafts and signed agreements saved on this device. */
export function SavedWork() {
  const [state, setState] = useState<State | null>(null);

  useEffect(() => {
    const store = getStore();
    Promise.all([loadDrafts(store), loadAgreements(store)])
      .then(([drafts, agreements]) =>
        setState({ drafts: drafts.items, agreements: agreements.items, setAside: drafts.setAside + agreements.setAside }),
      )
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
      {state.agreements.map((agreement) => {
        const latest = agreement.versions[agreement.versions.length - 1];
        if (!latest) return null;
        const review = nextReviewForAgreement(agreement);
        return (
          <div className="card" key={agreement.id}>
            <strong>{names(latest)}</strong>
            <p className="muted small">
              {agreement.withdrawn ? `Withdrawn ${formatDate(agreement.withdrawn.at)}` : `Signed, version ${latest.version}`} ·{' '}
              {formatDate(latest.createdAt)}
            </p>
            {review && <p className="small">Next check-in: {formatCalendarDate(review)}</p>}
            <Link className="button secondary" href={`/agreement?id=${agreement.id}`}>
              Open agreement
            </Link>
          </div>
        );
      })}
      {state.drafts.map((draft) => (
        <div className="card" key={draft.id}>
          <strong>{names(draft)}</strong>
          <p className="muted small">
            {draft.revisionOf ? 'Revision in progress' : 'Draft in progress'} · last saved {formatDate(draft.updatedAt)}
          </p>
          <Link className="button secondary" href={`/draft?id=${draft.id}`}>
            Continue
          </Link>
        </div>
      ))}
    </section>
  );
}
