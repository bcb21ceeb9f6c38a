import { APP_LABELS, type AppId, type ChoiceQuestion, type Question, type Section, type Template } from '../template/types';
import type { AgreementVersion, PartnerKey, SettledBy, SignedTerm } from './schema';
import { AFFIRMED, findOption } from './merge';
import { printsPrivateAnswers } from './private-answers';

export interface AppSettingLine {
  readonly app: AppId;
  readonly appLabel: string;
  /** null: this app has no equivalent setting. */
  readonly steps: readonly string[] | null;
  readonly note?: string;
}

export interface RenderedClause {
  readonly questionId: string;
  readonly short: string;
  readonly text: string;
  readonly optionLabel?: string;
  /** How a term the partners answered differently was settled, in plain words. */
  readonly settledNote?: string;
  readonly settings: readonly AppSettingLine[];
}

export interface RenderedSection {
  readonly id: string;
  readonly title: string;
  readonly clauses: readonly RenderedClause[];
  readonly checklist?: { readonly title: string; readonly items: readonly string[] };
}

export function optionLabel(question: Question, optionId: string): string {
  if (question.kind === 'commitment') return question.affirmation;
  return findOption(question, optionId)?.label ?? optionId;
}

export function settingsFor(question: Question, optionId: string, apps: readonly AppId[]): AppSettingLine[] {
  const settings = question.kind === 'commitment' ? question.settings : findOption(question as ChoiceQuestion, optionId)?.settings;
  if (!settings) return [];
  const lines: AppSettingLine[] = [];
  for (const app of apps) {
    if (!(app in settings)) continue;
    const setting = settings[app];
    lines.push({ app, appLabel: APP_LABELS[app], steps: setting ? setting.steps : null, ...(setting?.note ? { note: setting.note } : {}) });
  }
  return lines;
}

const SETTLED_WORDS: Record<Exclude<SettledBy, 'same' | 'commitment'>, string> = {
  protective: 'we took the more protective answer',
  together: 'we chose this together',
  bothConfirmedLooser: 'we both confirmed this choice',
};

/**
 * How a term the partners answered differently was settled. With `printAnswers`
 * (the default) it names each first private answer; without, it says only how
 * the term was settled. A term with no answers stored says nothing, unless the
 * couple left their answers out: then the way it was settled still stands.
 */
export function settledNote(
  question: Question,
  term: Pick<SignedTerm, 'settledBy' | 'answers'>,
  names: Readonly<Record<PartnerKey, string>>,
  printAnswers = true,
): string | undefined {
  if (term.settledBy === 'same' || term.settledBy === 'commitment') return undefined;
  if (!printAnswers) return `We answered differently, and ${SETTLED_WORDS[term.settledBy]}.`;
  if (!term.answers) return undefined;
  const a = optionLabel(question, term.answers.a);
  const b = optionLabel(question, term.answers.b);
  return `We answered differently (${names.a}: “${a}”; ${names.b}: “${b}”), and ${SETTLED_WORDS[term.settledBy]}.`;
}

export function clauseText(question: Question, optionId: string): string {
  if (question.kind === 'commitment' || optionId === AFFIRMED) {
    return question.kind === 'commitment' ? question.clause : optionId;
  }
  return findOption(question, optionId)?.clause ?? '';
}

/**
 * A checklist as the couple will use it: each step that differs by app once
 * for every app they chose (an app with no steps for it is told to look in its
 * own settings), then the steps every app shares.
 */
export function checklistFor(checklist: NonNullable<Section['checklist']>, apps: readonly AppId[]): { readonly title: string; readonly items: readonly string[] } {
  const byApp = (checklist.appSteps ?? []).flatMap((step) => {
    const what = step.text.charAt(0).toLowerCase() + step.text.slice(1);
    return apps.map((app) => {
      const setting = step.settings[app];
      if (setting === null) return `${APP_LABELS[app]} has no setting to ${what}.`;
      return `In ${APP_LABELS[app]}, ${what}: ${setting ? setting.steps.join(' > ') : 'look for it in the app’s own settings'}.`;
    });
  });
  const before = checklist.appStepsAfter ?? 0;
  return { title: checklist.title, items: [...checklist.items.slice(0, before), ...byApp, ...checklist.items.slice(before)] };
}

/** Turns a version's terms into readable sections, in the template's order. */
export function renderSections(
  template: Template,
  version: Pick<AgreementVersion, 'terms' | 'apps' | 'partners'> & Partial<Pick<AgreementVersion, 'privateAnswers'>>,
): RenderedSection[] {
  const byQuestion = new Map(version.terms.map((term) => [term.questionId, term]));
  const names = { a: version.partners.a.name, b: version.partners.b.name };
  const printAnswers = printsPrivateAnswers(version);
  return template.sections.map((section) => ({
    id: section.id,
    title: section.title,
    ...(section.checklist ? { checklist: checklistFor(section.checklist, version.apps) } : {}),
    clauses: section.questions.flatMap((question) => {
      const term = byQuestion.get(question.id);
      if (!term) return [];
      const note = settledNote(question, term, names, printAnswers);
      const clause: RenderedClause = {
        questionId: question.id,
        short: question.short,
        text: clauseText(question, term.optionId),
        ...(question.kind === 'choice' ? { optionLabel: optionLabel(question, term.optionId) } : {}),
        ...(note ? { settledNote: note } : {}),
        settings: settingsFor(question, term.optionId, version.apps),
      };
      return [clause];
    }),
  }));
}
