'use client';

import Link from 'next/link';
import { formatCalendarDate, formatDate } from '@/lib/agreement/format-date';
import { useSavedWork } from '../session/use-saved-work';
import { STORAGE_MESSAGES } from '../shared/storage-banner';

/** Drafts and signed agreements saved on this device. */
export function SavedWork() {
  const load = useSavedWork();
  if (load.status === 'loading') return null;
  const state = load.status === 'ready' ? load.list : { drafts: [], agreements: [], setAside: 0, keptAside: 0 };
  const error = load.status === 'failed' ? STORAGE_MESSAGES[load.problem] : null;
  const hasAny = state.drafts.length > 0 || state.agreements.length > 0;
  const earlier = state.setAside === 0 ? state.keptAside : 0;
  return (
    <section aria-labelledby={hasAny || error || state.keptAside > 0 ? "saved-heading" : undefined} data-saved-work="loaded">
      {(hasAny || error || state.keptAside > 0) && <h2 id="saved-heading">On this device</h2>}
      {error && <p className="status" role="alert">{error}</p>}
      {state.setAside > 0 && (
        <p className="notice" role="status">
          {state.setAside === 1 ? 'One saved item' : `${state.setAside} saved items`} could not be read, so we put{' '}
          {state.setAside === 1 ? 'it' : 'them'} aside instead of deleting {state.setAside === 1 ? 'it' : 'them'}. The rest
          of your work is fine. <Link href="/data#set-aside-heading">See what was set aside and save it as a file</Link>
        </p>
      )}
      {earlier > 0 && (
        <p className="notice" role="status">
          {earlier === 1 ? 'One item is' : `${earlier} items are`} kept aside on this device instead of being deleted.{' '}
          <Link href="/data#set-aside-heading">See what was set aside and save it as a file</Link>
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
