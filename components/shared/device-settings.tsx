import { deviceSettingsFor } from '@/lib/template/device';
import type { Question, Template } from '@/lib/template/types';

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

/** The phone-wide settings for one signed term, looked up in the template it was signed on. */
export function DeviceSettingsForTerm({ template, questionId, optionId }: Readonly<{ template: Template; questionId: string; optionId: string | undefined }>) {
  const question = template.sections.flatMap((section) => section.questions).find((candidate) => candidate.id === questionId);
  if (!question || optionId === undefined) return null;
  return <DeviceSettings question={question} optionId={optionId} title="On our phones and computers" />;
}
