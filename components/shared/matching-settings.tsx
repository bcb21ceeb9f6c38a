import type { AppSettingLine } from '@/lib/agreement/clauses';

/** The settings that match a choice, per app; an honest note where an app has none. */
export function MatchingSettings({ lines, title = 'Matching settings' }: Readonly<{ lines: readonly AppSettingLine[]; title?: string }>) {
  if (lines.length === 0) return null;
  return (
    <div className="settings">
      <h4>{title}</h4>
      {lines.map((line) => (
        <div key={line.app}>
          <strong>{line.appLabel}:</strong>{' '}
          {line.steps === null ? (
            <span>no equivalent setting in this app.</span>
          ) : (
            <ol>
              {line.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          )}
          {line.note && <p className="small muted">{line.note}</p>}
        </div>
      ))}
    </div>
  );
}
