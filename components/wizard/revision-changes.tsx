'use client';

import type { Template } from '@/lib/template/types';
import type { Draft } from '@/lib/agreement/schema';
import { AFFIRMED, type MergedTerm } from '@/lib/agreement/merge';
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
  if (!revisionOf || !draft.partners || !draft.apps || load.status === 'loading') return null;
  const loaded = load.status === 'ready' ? findVersion(load.item, revisionOf.version) : undefined;
  // Signed on earlier questions: the comparison reads each earlier term as its closest option now (lib/agreement/diff.ts).
  const upgrading = loaded !== undefined && loaded.templateVersion !== template.version;
  // Without the saved version, the terms in force kept in the draft still show every changed term.
  const inForce = revisionOf.inForce;
  const base =
    loaded ??
    (inForce && {
      terms: Object.entries(inForce).map(([questionId, value]) => ({ questionId, optionId: value === true ? AFFIRMED : value, settledBy: 'same' as const })),
      custom: draft.custom,
      apps: draft.apps,
      partners: draft.partners,
    });
  const proposed = {
    terms: terms.map((term) => ({ questionId: term.question.id, optionId: term.chosen, settledBy: 'same' as const })),
    custom: draft.custom,
    apps: draft.apps,
    partners: draft.partners,
  };
  const changes = base ? diffVersions(template, base, proposed) : [];
  return (
    <section className="card revision-changes" aria-labelledby="revision-heading">
      <h2 id="revision-heading">Compared with version {revisionOf.version}</h2>
      {!loaded && (
        <p className="notice" role="status">
          Version {revisionOf.version} could not be opened on this phone, so {base ? 'only the terms are compared: own terms, apps and names are not checked here' : 'nothing can be compared here'}.
          Signing still only adds a new version: nothing already signed is changed.
        </p>
      )}
      {upgrading && (
        <p className="small">
          Version {revisionOf.version} was signed on the earlier questions, so each of its terms is compared here with its closest
          wording now. The new questions show as added.
        </p>
      )}
      {!base ? null : changes.length === 0 ? (
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
