import type { Question, Section } from '../../lib/template/types';
import { intimateMessaging } from '../intimate-messaging';

/** Version 1 itself, for the references version 2 keeps until it is wired up. */
export const v1Template = intimateMessaging;

/**
 * Version 2 reuses version 1's unchanged sections and questions as the very same
 * objects, never copies, so an unchanged term reads and fingerprints the same on both.
 * Once version 1 is split per section, these look-ups become plain imports.
 */
export function v1Section(id: string): Section {
  const section = intimateMessaging.sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`Version 1 has no section "${id}".`);
  return section;
}

export function v1Question(sectionId: string, questionId: string): Question {
  const question = v1Section(sectionId).questions.find((candidate) => candidate.id === questionId);
  if (!question) throw new Error(`Version 1 section "${sectionId}" has no question "${questionId}".`);
  return question;
}
