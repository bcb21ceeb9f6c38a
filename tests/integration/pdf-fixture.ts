/**
 * Builds real signed agreements from the real template, the way the wizard
 * does (draft → merge → resolutions → signatures → version), for the PDF
 * integration test and the PDF benchmark.
 */
import { fileURLToPath } from 'node:url';
import type { AppId, ChoiceQuestion, Template } from '../../lib/template/types';
import type { Agreement, AgreementVersion, CustomTerm, Draft, Resolution } from '../../lib/agreement/schema';
import { createDraft } from '../../lib/agreement/draft';
import { versionFromDraft } from '../unit/fixtures/agreement-fixture';
import { moreProtective } from '../../lib/agreement/merge';
import { findTemplate } from '../../templates/index';

/** The known answers were made on version 1, which every agreement signed on it keeps forever. */
export const VERSION_1 = findTemplate('intimate-messaging', 1)!;

export const FONT_DIR = fileURLToPath(new URL('../../public/fonts', import.meta.url));

export interface FixtureOptions {
  readonly names?: { readonly a: string; readonly b: string };
  readonly apps?: readonly AppId[];
  readonly customCount?: number;
  readonly template?: Template;
}

function choiceQuestions(template: Template): ChoiceQuestion[] {
  return template.sections.flatMap((section) => section.questions.filter((question): question is ChoiceQuestion => question.kind === 'choice'));
}

const CUSTOM_TEXTS = [
  'We never open our chat when someone else can see the screen.',
  'If either of us gets a new phone, we set the disappearing timer again before sending anything.',
  'We talk in person, not by message, before we change anything in this agreement.',
];

/**
 * A signed draft where both partners answered everything, differing on a few
 * questions, settled three different ways.
 */
export function buildDraft(template: Template, options: FixtureOptions = {}): Draft {
  const names = options.names ?? { a: 'Zoë', b: 'José' };
  const draft = createDraft(template, new Date('2026-11-20T09:00:00.000Z'));
  const answersA: Record<string, string | true> = {};
  const answersB: Record<string, string | true> = {};
  for (const section of template.sections) {
    for (const question of section.questions) {
      if (question.kind === 'commitment') {
        answersA[question.id] = true;
        answersB[question.id] = true;
      } else {
        answersA[question.id] = question.defaultOption;
        answersB[question.id] = question.defaultOption;
      }
    }
  }
  const resolutions: Record<string, Resolution> = {};
  const choices = choiceQuestions(template);
  // Differ on every third choice question; settle in turn: protective, together (where possible), both confirmed looser.
  choices.forEach((question, index) => {
    if (index % 3 !== 1) return;
    const lowest = question.options[0];
    const highest = question.options[question.options.length - 1];
    if (!lowest || !highest || lowest.id === highest.id) return;
    answersA[question.id] = lowest.id;
    answersB[question.id] = highest.id;
    const proposed = moreProtective(question, lowest.id, highest.id);
    const mode = Math.floor(index / 3) % 3;
    if (mode === 0) resolutions[question.id] = { optionId: proposed, confirmedBy: { a: false, b: false } };
    else if (mode === 1) resolutions[question.id] = { optionId: proposed, confirmedBy: { a: true, b: true } };
    else resolutions[question.id] = { optionId: lowest.id, confirmedBy: { a: true, b: true } };
  });
  const customCount = options.customCount ?? 2;
  const custom: CustomTerm[] = Array.from({ length: customCount }, (_, index) => ({
    id: `custom-${index + 1}`,
    author: index % 2 === 0 ? 'a' : 'b',
    text: CUSTOM_TEXTS[index % CUSTOM_TEXTS.length] + (index >= CUSTOM_TEXTS.length ? ` (term ${index + 1})` : ''),
  }));
  const ackIds = template.acknowledgements.map((ack) => ack.id);
  return {
    ...draft,
    stage: 'sign',
    partners: { a: { name: names.a }, b: { name: names.b } },
    apps: [...(options.apps ?? ['whatsapp', 'signal'])],
    answers: { a: answersA, b: answersB },
    resolutions,
    custom,
    acknowledgements: { a: ackIds, b: ackIds },
    signatures: {
      a: { name: names.a, at: '2026-11-24T13:58:12.000Z' },
      b: { name: names.b, at: '2026-11-24T14:05:40.000Z' },
    },
  };
}

export function buildVersion(template: Template, options: FixtureOptions = {}): AgreementVersion {
  return versionFromDraft(template, buildDraft(template, options), 1, null, new Date('2026-11-24T14:06:00.000Z'));
}

export function buildAgreement(options: FixtureOptions = {}): { template: Template; agreement: Agreement } {
  const template = options.template ?? VERSION_1;
  return { template, agreement: { id: 'fixture-agreement-1', versions: [buildVersion(template, options)] } };
}

/** Every section, every app, 30 custom terms. */
export function buildLargeAgreement(): { template: Template; agreement: Agreement } {
  return buildAgreement({ apps: ['whatsapp', 'signal', 'imessage', 'telegram', 'other'], customCount: 30 });
}
