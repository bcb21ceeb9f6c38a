import type { Section, Template } from '../template/types';
import type { Answers } from '../template/schema';
import type { AgreementVersion, Draft, SignedTerm } from './schema';
import { AFFIRMED, findOption } from './merge';

/**
 * Revisiting a signed agreement together. Each partner starts on the terms in
 * force (never on the defaults, which would quietly tighten what both had
 * chosen), and may revisit only some terms: the rest carry over as signed.
 */

/** The terms in force as answers: the option of each choice, `true` for each commitment. */
export function inForceAnswers(template: Template, version: Pick<AgreementVersion, 'terms'>): Answers {
  const inForce = new Map(version.terms.map((term) => [term.questionId, term.optionId]));
  const answers: Answers = {};
  for (const section of template.sections) {
    for (const question of section.questions) {
      const value = inForce.get(question.id);
      if (value === undefined) continue;
      if (question.kind === 'commitment') {
        if (value === AFFIRMED) answers[question.id] = true;
      } else if (findOption(question, value)) {
        answers[question.id] = value;
      }
    }
  }
  return answers;
}

/** Terms a couple can choose to revisit: every choice (a commitment has only one value). */
export function revisableQuestionIds(template: Template): string[] {
  return template.sections.flatMap((section) => section.questions.filter((question) => question.kind === 'choice').map((question) => question.id));
}

/**
 * The chosen terms in template order, plus any question with nothing in force
 * (new in this template), so nothing is signed without being answered.
 */
export function revisitList(template: Template, inForce: Answers, chosen: readonly string[]): string[] {
  const wanted = new Set(chosen);
  return template.sections.flatMap((section) =>
    section.questions.filter((question) => wanted.has(question.id) || inForce[question.id] === undefined).map((question) => question.id),
  );
}

/** The sections a partner walks in this draft: all of them, or only the revisited questions. */
export function sectionsToAnswer(template: Template, draft: Pick<Draft, 'revisionOf'>): readonly Section[] {
  const revisit = draft.revisionOf?.revisit;
  if (!revisit) return template.sections;
  const wanted = new Set(revisit);
  return template.sections
    .map((section) => ({ ...section, questions: section.questions.filter((question) => wanted.has(question.id)) }))
    .filter((section) => section.questions.length > 0);
}

/** What is in force for one question while revising, if anything (an option id or `true`). */
export function inForceValue(draft: Pick<Draft, 'revisionOf'>, questionId: string): string | true | undefined {
  return draft.revisionOf?.inForce?.[questionId];
}

/**
 * A term both partners left exactly as it was signed keeps its signed form
 * (how it was settled, and the answers that explain it), so revisiting one
 * term never rewrites the record of the others.
 */
export function carryUnchanged(base: readonly SignedTerm[], next: readonly SignedTerm[]): SignedTerm[] {
  const before = new Map(base.map((term) => [term.questionId, term]));
  return next.map((term) => {
    const old = before.get(term.questionId);
    const untouched = old && old.optionId === term.optionId && (term.settledBy === 'same' || term.settledBy === 'commitment');
    return untouched ? old : term;
  });
}
