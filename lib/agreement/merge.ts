import type { ChoiceQuestion, Option, Question, Template } from '../template/types';
import type { Answers } from '../template/schema';
import type { Resolution, SettledBy, SignedTerm } from './schema';

/** Commitments have no options; their single agreed value. */
export const AFFIRMED = 'affirmed';

export interface MergedTerm {
  readonly question: Question;
  readonly sectionId: string;
  /** Each partner's own answer (option id, or AFFIRMED). */
  readonly a: string;
  readonly b: string;
  /** The more protective of the two answers. */
  readonly proposed: string;
  /** The term in force: never less protective than `proposed` unless both confirmed. */
  readonly chosen: string;
  /** True where the two answers differed. */
  readonly differed: boolean;
  /** How it was settled, or 'pending' while a differing term is still to talk about. */
  readonly settledBy: SettledBy | 'pending';
  /** A less protective option was picked and still waits for both confirmations. */
  readonly awaitingConfirmation: boolean;
}

export function optionRank(question: ChoiceQuestion, optionId: string): number {
  const option = question.options.find((candidate) => candidate.id === optionId);
  if (!option) throw new Error(`Unknown option "${optionId}" for question "${question.id}"`);
  return option.rank;
}

export function findOption(question: ChoiceQuestion, optionId: string): Option | undefined {
  return question.options.find((candidate) => candidate.id === optionId);
}

/** The more protective of two answers to a choice question. */
export function moreProtective(question: ChoiceQuestion, first: string, second: string): string {
  return optionRank(question, first) >= optionRank(question, second) ? first : second;
}

function mergeChoice(question: ChoiceQuestion, a: string, b: string, resolution?: Resolution) {
  const proposed = moreProtective(question, a, b);
  const differed = a !== b;
  if (!differed) {
    return { proposed, chosen: a, differed, settledBy: 'same' as const, awaitingConfirmation: false };
  }
  if (!resolution || !findOption(question, resolution.optionId)) {
    return { proposed, chosen: proposed, differed, settledBy: 'pending' as const, awaitingConfirmation: false };
  }
  const chosenRank = optionRank(question, resolution.optionId);
  const proposedRank = optionRank(question, proposed);
  if (chosenRank >= proposedRank) {
    const settledBy = resolution.optionId === proposed ? 'protective' : 'together';
    return { proposed, chosen: resolution.optionId, differed, settledBy, awaitingConfirmation: false } as const;
  }
  // Loosening below what one partner asked for needs both to say so explicitly.
  if (resolution.confirmedBy.a && resolution.confirmedBy.b) {
    return { proposed, chosen: resolution.optionId, differed, settledBy: 'bothConfirmedLooser' as const, awaitingConfirmation: false };
  }
  return { proposed, chosen: proposed, differed, settledBy: 'pending' as const, awaitingConfirmation: true };
}

/**
 * Merges both partners' validated answers into terms. Where answers differ the
 * more protective option is proposed; a resolution may settle it.
 */
export function mergeAnswers(
  template: Template,
  answersA: Answers,
  answersB: Answers,
  resolutions: Readonly<Record<string, Resolution>> = {},
): MergedTerm[] {
  const terms: MergedTerm[] = [];
  for (const section of template.sections) {
    for (const question of section.questions) {
      const base = { question, sectionId: section.id };
      if (question.kind === 'commitment') {
        terms.push({ ...base, a: AFFIRMED, b: AFFIRMED, proposed: AFFIRMED, chosen: AFFIRMED, differed: false, settledBy: 'commitment', awaitingConfirmation: false });
        continue;
      }
      const a = answersA[question.id];
      const b = answersB[question.id];
      if (typeof a !== 'string' || typeof b !== 'string') {
        throw new Error(`Missing answer for "${question.id}"`);
      }
      terms.push({ ...base, a, b, ...mergeChoice(question, a, b, resolutions[question.id]) });
    }
  }
  return terms;
}

export function termsToTalkAbout(terms: readonly MergedTerm[]): MergedTerm[] {
  return terms.filter((term) => term.differed);
}

export function isFullySettled(terms: readonly MergedTerm[]): boolean {
  return terms.every((term) => term.settledBy !== 'pending');
}

/** The stored form of settled terms, for a signed version. */
export function toSignedTerms(terms: readonly MergedTerm[]): SignedTerm[] {
  return terms.map((term) => {
    if (term.settledBy === 'pending') throw new Error(`Term "${term.question.id}" is not settled yet`);
    const signed: SignedTerm = { questionId: term.question.id, optionId: term.chosen, settledBy: term.settledBy };
    return term.differed ? { ...signed, answers: { a: term.a, b: term.b } } : signed;
  });
}
