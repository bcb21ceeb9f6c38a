'use client';

import Link from 'next/link';
import type { RenderedSection } from '@/lib/agreement/clauses';
import type { Agreement } from '@/lib/agreement/schema';
import { latestVersion } from '@/lib/agreement/versions';
import { formatDate } from '@/lib/agreement/format-date';
import { Checklist } from './checklist';

/** After a withdrawal: the deletion terms are in force now, with their checklist. */
export function WithdrawnView({ agreement, endings }: Readonly<{ agreement: Agreement; endings?: RenderedSection }>) {
  const latest = latestVersion(agreement);
  if (!agreement.withdrawn) return null;
  return (
    <section className="card" aria-labelledby="withdrawn-heading">
      <h2 id="withdrawn-heading">
        Withdrawn on {formatDate(agreement.withdrawn.at)} by {latest.partners[agreement.withdrawn.by].name}
      </h2>
      <p>This agreement has ended. What you agreed for when either of you asks now applies:</p>
      {endings?.clauses.map((clause) => (
        <p key={clause.questionId}>
          <strong>{clause.short}:</strong> {clause.text}
        </p>
      ))}
      <Checklist checklist={endings?.checklist} />
      <p>
        <Link href="/help/deleting">How to delete messages and photos in WhatsApp and other apps</Link>
      </p>
      <p className="muted small">A withdrawn agreement cannot be brought back. If you both want to, you can start a new one from scratch.</p>
      <Link className="button secondary" href="/start">
        Start a new agreement
      </Link>
    </section>
  );
}
