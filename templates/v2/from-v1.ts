import type { Option, Section } from '../../lib/template/types';

/**
 * Version 1's own option object, for an option version 2 keeps word for word inside a changed question:
 * one copy of the words, so the two versions cannot drift apart by accident.
 */
export function v1Option(section: Section, questionId: string, optionId: string): Option {
  const question = section.questions.find((item) => item.id === questionId);
  const option = question?.kind === 'choice' ? question.options.find((item) => item.id === optionId) : undefined;
  if (!option) throw new Error(`Version 1's ${section.id} section has no option ${questionId}.${optionId}`);
  return option;
}
