import { DEVICE_IDS, DEVICE_LABELS, type DeviceId, type Question, type Template } from './types';

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

/** Per phone or computer, the steps that match the terms in `sectionIds` (each step once), for the printed checklist. */
export function deviceChecklists(
  template: Template,
  terms: readonly { readonly questionId: string; readonly optionId: string }[],
  sectionIds: ReadonlySet<string>,
): { readonly label: string; readonly groups: { readonly term: string; readonly steps: readonly string[]; readonly note?: string }[] }[] {
  const chosen = new Map(terms.map((term) => [term.questionId, term.optionId]));
  const questions = template.sections.filter((section) => sectionIds.has(section.id)).flatMap((section) => section.questions);
  return DEVICE_IDS.flatMap((device) => {
    const seen = new Set<string>();
    const groups = questions.flatMap((question) => {
      const optionId = chosen.get(question.id);
      const line = optionId === undefined ? undefined : deviceSettingsFor(question, optionId).find((candidate) => candidate.device === device);
      const steps = (line?.steps ?? []).filter((step) => !seen.has(step));
      steps.forEach((step) => seen.add(step));
      return line && steps.length > 0 ? [{ term: question.short, steps, ...(line.note ? { note: line.note } : {}) }] : [];
    });
    return groups.length > 0 ? [{ label: DEVICE_LABELS[device], groups }] : [];
  });
}
