'use client';

import { useEffect, useState } from 'react';
import type { Template } from '@/lib/template/types';
import { PARTNERS, type Agreement, type AgreementVersion } from '@/lib/agreement/schema';
import { diffVersions, describeChange } from '@/lib/agreement/diff';
import { findVersion, signaturesOn } from '@/lib/agreement/versions';
import { fingerprintVersion, shortFingerprint } from '@/lib/agreement/fingerprint';
import { formatDate } from '@/lib/agreement/format-date';

/** Every version, newest first, and a plain-language comparison of any two. */
export function VersionHistory({ template, agreement }: Readonly<{ template: Template; agreement: Agreement }>) {
  const versions = [...agreement.versions].sort((x, y) => y.version - x.version);
  const newest = versions[0]?.version ?? 1;
  const [from, setFrom] = useState(Math.max(1, newest - 1));
  const [to, setTo] = useState(newest);
  const [prints, setPrints] = useState<Record<number, string>>({});

  useEffect(() => {
    let live = true;
    Promise.all(agreement.versions.map(async (version) => [version.version, shortFingerprint(await fingerprintVersion(version))] as const)).then(
      (pairs) => live && setPrints(Object.fromEntries(pairs)),
    );
    return () => {
      live = false;
    };
  }, [agreement]);

  const fromVersion = findVersion(agreement, from);
  const toVersion = findVersion(agreement, to);
  const changes = fromVersion && toVersion ? diffVersions(template, fromVersion, toVersion) : [];

  return (
    <div>
      <ol className="list-plain" reversed>
        {versions.map((version) => {
          const signed = signaturesOn(version);
          const who = PARTNERS
            .map((key) => {
              const entry = signed[key];
              return entry.signed ? entry.signature.name : `${version.partners[key].name} (not yet signed)`;
            })
            .join(' and ');
          return (
            <li className="card" key={version.version} data-version={version.version}>
              <strong>Version {version.version}</strong> · {formatDate(version.createdAt)}
              {version.change && <span className="badge talk">Made stricter by {version.partners[version.change.by].name}</span>}
              <p className="small">Signed by {who}</p>
              <p className="small muted">Fingerprint: {prints[version.version] ?? '…'}</p>
            </li>
          );
        })}
      </ol>
      {versions.length > 1 && (
        <div className="card">
          <h3>Compare two versions</h3>
          <div className="compare-row">
            <VersionSelect id="compare-from" label="From" value={from} versions={versions} onChange={setFrom} />
            <VersionSelect id="compare-to" label="To" value={to} versions={versions} onChange={setTo} />
          </div>
          {changes.length === 0 ? (
            <p className="muted">No differences.</p>
          ) : (
            <ul aria-label="Changes" className="changes">
              {changes.map((change) => (
                <li key={describeChange(change)}>
                  {describeChange(change)}
                  {change.kind === 'changed' && <span className="muted small"> ({change.direction === 'tighter' ? 'more careful' : 'less careful'})</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

interface VersionSelectProps {
  id: string;
  label: string;
  value: number;
  versions: readonly AgreementVersion[];
  onChange(version: number): void;
}

function VersionSelect({ id, label, value, versions, onChange }: Readonly<VersionSelectProps>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {versions.map((version) => (
          <option key={version.version} value={version.version}>
            Version {version.version}
          </option>
        ))}
      </select>
    </div>
  );
}
