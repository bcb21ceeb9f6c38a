import { deviceSettingsFor } from '@/lib/template/device';
import type { Question, Template } from '@/lib/template/types';
import { SettingLine } from './matching-settings';

/** Settings on the phone or computer itself (Safety Check, iCloud Backup), whichever apps were chosen. */
export function DeviceSettings({ question, optionId, title = 'On the phone or computer' }: Readonly<{ question: Question; optionId: string; title?: string }>) {
  const lines = deviceSettingsFor(question, optionId);
  if (lines.length === 0) return null;
  return (
    <div className="settings">
      <h4>{title}</h4>
      {lines.map((line) => (
        <SettingLine key={line.device} label={line.label} steps={line.steps} note={line.note} none="no equivalent setting." />
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
