import { deviceSettingsFor } from '@/lib/template/device';
import type { Question } from '@/lib/template/types';

/** Settings on the phone or computer itself (Safety Check, iCloud Backup), whichever apps were chosen. */
export function DeviceSettings({ question, optionId, title = 'On the phone or computer' }: Readonly<{ question: Question; optionId: string; title?: string }>) {
  const lines = deviceSettingsFor(question, optionId);
  if (lines.length === 0) return null;
  return (
    <div className="settings">
      <h4>{title}</h4>
      {lines.map((line) => (
        <div key={line.device}>
          <strong>{line.label}:</strong>{' '}
          {line.steps === null ? (
            <span>no equivalent setting.</span>
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
