'use client';

import type { Template } from '@/lib/template/types';
import type { Agreement, PartnerKey } from '@/lib/agreement/schema';
import { findVersion, signSeenChange, unseenChanges } from '@/lib/agreement/versions';
import { describeChange, diffVersions } from '@/lib/agreement/diff';
import { NameConfirm } from './name-confirm';
import { formatDate } from './format';

interface Props {
  template: Template;
  agreement: Agreement;
  onSave(next: Agreement): Promise<void>;
}

/** What the other partner made stricter, shown clearly until it is seen and signed. */
export function UnseenChanges({ template, agreement, onSave }: Readonly<Props>) {
  const notices = (['a', 'b'] as const).flatMap((partner: PartnerKey) =>
    unseenChanges(agreement, partner).map((version) => ({ partner, version })),
  );
  if (notices.length === 0 || agreement.withdrawn) return null;
  return (
    <section aria-labelledby="unseen-heading">
      <h2 id="unseen-heading">Changed since you last looked</h2>
      {notices.map(({ partner, version }) => {
        const parent = version.parent ? findVersion(agreement, version.parent) : undefined;
        const changes = parent ? diffVersions(template, parent, version) : [];
        const by = version.change ? version.partners[version.change.by].name : '';
        return (
          <div className="notice" key={`${partner}-${version.version}`} data-unseen={version.version}>
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
              It is already in force. {version.partners[partner].name}, sign to show you have seen it. If you want to talk
              about it, revisit the agreement together.
            </p>
            <NameConfirm
              name={version.partners[partner].name}
              action="I have seen this change"
              onConfirm={(typed) => {
                const result = signSeenChange(agreement, partner, version.version, typed);
                if (result.ok) void onSave(result.agreement);
              }}
            />
          </div>
        );
      })}
    </section>
  );
}
