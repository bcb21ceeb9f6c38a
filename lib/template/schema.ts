import * as z from 'zod/mini';
import type { Question, Section, Template } from './types';

/** One partner's answer to one question: an option id, or `true` for an affirmed commitment. */
export type AnswerValue = string | true;
export type Answers = Record<string, AnswerValue>;

function questionSchema(question: Question) {
  if (question.kind === 'commitment') {
    return z.literal(true, { error: 'Please tick this to go on, or stop here if it is not right for you.' });
  }
  const ids = question.options.map((option) => option.id) as [string, ...string[]];
  return z.enum(ids, { error: 'Please choose one option.' });
}

/** The schema for one section's answers, derived from the template (never written by hand). */
export function sectionSchema(section: Section) {
  const shape: Record<string, ReturnType<typeof questionSchema>> = {};
  for (const question of section.questions) shape[question.id] = questionSchema(question);
  return z.object(shape);
}

/** The schema for a full set of one partner's answers. */
export function answersSchema(template: Template) {
  const shape: Record<string, ReturnType<typeof questionSchema>> = {};
  for (const section of template.sections) {
    for (const question of section.questions) shape[question.id] = questionSchema(question);
  }
  return z.object(shape);
}

/** Defaults for a section: the most protective option; commitments start unticked. */
export function sectionDefaults(section: Section): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {};
  for (const question of section.questions) {
    values[question.id] = question.kind === 'choice' ? question.defaultOption : false;
  }
  return values;
}

export function allQuestions(template: Template): Question[] {
  return template.sections.flatMap((section) => [...section.questions]);
}

export function findQuestion(template: Template, questionId: string): Question | undefined {
  return allQuestions(template).find((question) => question.id === questionId);
}
