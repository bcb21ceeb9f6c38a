'use client';

import { useState } from 'react';
import type { Template } from '@/lib/template/types';
import { otherPartner, PARTNERS, type Agreement, type PartnerKey } from '@/lib/agreement/schema';
import { findVersion, signSeenChange, unseenChanges, type SeenProblem } from '@/lib/agreement/versions';
import { describeChange, diffVersions } from '@/lib/agreement/diff';
import { formatDate } from '@/lib/agreement/format-date';
import { ProblemMessage } from '../shared/storage-banner';
import { NameConfirm } from './name-confirm';

const SEEN_PROBLEMS: Readonly<Record<SeenProblem, string>> = {
  withdrawn: 'This agreement has been withdrawn, so nothing more can be added to it.',
  unknownVersion: 'That version is not part of this agreement.',
  notTightened: 'That version was signed by you both, so there is nothing to confirm.',
  ownChange: 'You made this change yourself, so the other person confirms it.',
  alreadySeen: 'This change has already been seen and signed.',
  name: 'Please type your own name exactly as it is on the agreement.',
};

interface Props {
  template: Template;
  agreement: Agreement;
  onSave(next: Agreement): Promise<void>;
  /** The partner this phone belongs to (made on two phones): only their notices; null shows both. */
  thisPhone?: PartnerKey | null;
}

/** What the other partner made stricter, shown clearly until it is seen and signed. */
export function UnseenChanges({ template, agreement, onSave, thisPhone = null }: Readonly<Props>) {
  const [problem, setProblem] = useState<{ key: string; message: string } | null>(null);
  // Which notice's partner has said "I'm holding the phone" (never stored): only they confirm it.
  const [holding, setHolding] = useState<string | null>(null);
  const notices = (thisPhone ? [thisPhone] : PARTNERS).flatMap((partner) => unseenChanges(agreement, partner).map((version) => ({ partner, version })));
  if (notices.length === 0 || agreement.withdrawn) return null;
  return (
    <section aria-labelledby="unseen-heading">
      <h2 id="unseen-heading">Changed since you last looked</h2>
      {notices.map(({ partner, version }) => {
        const parent = version.parent ? findVersion(agreement, version.parent) : undefined;
        const changes = parent ? diffVersions(template, parent, version) : [];
        const by = version.change ? version.partners[version.change.by].name : '';
        const key = `${partner}-${version.version}`;
        const name = version.partners[partner].name;
        const other = version.partners[otherPartner(partner)].name;
        return (
          <div className="notice" key={key} data-unseen={version.version}>
            <p>
              <strong>
                {by} made a term more careful on {formatDate(version.createdAt)} (version {version.version}):
              </strong>
            </p>
            <ul>
              {changes.map((change) => (
                <li key={describeChange(change)}>{describeChange(change)}</li>
              ))}
            </ul>
            <p>
              It is already in force. {name}, sign to show you have seen it. If you want to talk about it, revisit the
              agreement together.
            </p>
            {holding === key ? (
              <NameConfirm
                name={name}
                action="I have seen this change"
                onConfirm={(typed) => {
                  const result = signSeenChange(agreement, partner, version.version, typed);
                  setProblem(result.ok ? null : { key, message: SEEN_PROBLEMS[result.problem] });
                  if (result.ok) {
                    setHolding(null);
                    void onSave(result.agreement);
                  }
                }}
              />
            ) : (
              <div className="handover-inline">
                <p>
                  <strong>This is for {name} alone.</strong> {other}, if you are holding the phone, please pass it to {name}.
                </p>
                <button className="button secondary" type="button" onClick={() => setHolding(key)}>
                  I’m {name}, ready to confirm
                </button>
              </div>
            )}
            <ProblemMessage message={problem?.key === key ? problem.message : null} />
          </div>
        );
      })}
    </section>
  );
}
