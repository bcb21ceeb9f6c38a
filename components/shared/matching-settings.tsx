import type { AppSettingLine } from '@/lib/agreement/clauses';

/** The settings that match a choice, per app; an honest note where an app has none. */
export function MatchingSettings({ lines, title = 'Matching settings' }: Readonly<{ lines: readonly AppSettingLine[]; title?: string }>) {
  if (lines.length === 0) return null;
  return (
    <div className="settings">
      <h4>{title}</h4>
      {lines.map((line) => (
        <SettingLine key={line.app} label={line.appLabel} steps={line.steps} note={line.note} none="no equivalent setting in this app." />
      ))}
    </div>
  );
}

/** One app's or device's steps for a setting, or an honest "none" where it has no such setting. */
export function SettingLine({ label, steps, note, none }: Readonly<{ label: string; steps: readonly string[] | null; note?: string | undefined; none: string }>) {
  return (
    <div>
      <strong>{label}:</strong>{' '}
      {steps === null ? (
        <span>{none}</span>
      ) : (
        <ol>
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      {note && <p className="small muted">{note}</p>}
    </div>
  );
}
