import { DEVICE_LABELS, type DeviceId, type Question } from './types';

/** One phone- or computer-wide setting line, shown to everyone whichever apps they chose. */
export interface DeviceSettingLine {
  readonly device: DeviceId;
  readonly label: string;
  readonly steps: readonly string[] | null;
  readonly note?: string;
}

/** The phone- or computer-wide settings that match a commitment, or a choice's option. */
export function deviceSettingsFor(question: Question, optionId: string): DeviceSettingLine[] {
  const device = question.kind === 'commitment' ? question.device : question.options.find((option) => option.id === optionId)?.device;
  if (!device) return [];
  return Object.entries(device).flatMap(([key, setting]) => {
    const id = key as DeviceId;
    if (!(id in DEVICE_LABELS) || setting === undefined) return [];
    return [{ device: id, label: DEVICE_LABELS[id], steps: setting ? setting.steps : null, ...(setting?.note ? { note: setting.note } : {}) }];
  });
}
