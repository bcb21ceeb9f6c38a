'use client';

import type { Template } from '@/lib/template/types';
import type { Draft } from '@/lib/agreement/schema';
import type { MergedTerm } from '@/lib/agreement/merge';
import { describeChange, diffVersions } from '@/lib/agreement/diff';
import { findVersion } from '@/lib/agreement/versions';
import { useAgreement } from '../session/use-agreement';

interface Props {
  template: Template;
  draft: Draft;
  terms: readonly MergedTerm[];
}

/** In a revision: what the new version would change, compared with the version in force. */
export function RevisionChanges({ template, draft, terms }: Readonly<Props>) {
  const revisionOf = draft.revisionOf;
  const { load } = useAgreement(revisionOf?.agreementId ?? null);
  const base = revisionOf && load.status === 'ready' ? findVersion(load.item, revisionOf.version) : undefined;

  if (!base || !draft.partners || !draft.apps) return null;
  const proposed = {
    terms: terms.map((term) => ({ questionId: term.question.id, optionId: term.chosen, settledBy: 'same' as const })),
    custom: draft.custom,
    apps: draft.apps,
    partners: draft.partners,
  };
  const changes = diffVersions(template, base, proposed);
  return (
    <section className="card" aria-labelledby="revision-heading">
      <h2 id="revision-heading">
        Compared with version {base.version}
      </h2>
      {changes.length === 0 ? (
        <p>Nothing would change. Signing again still records that you both looked at it together.</p>
      ) : (
        <ul className="changes">
          {changes.map((change) => (
            <li key={describeChange(change)}>
              {describeChange(change)}
              {change.kind === 'changed' && (
                <span className="muted small"> ({change.direction === 'tighter' ? 'more careful' : 'less careful: only with both signatures'})</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="small muted">The new version only takes effect when you have both signed it.</p>
    </section>
  );
}
