/**
 * The entry check before anything else: both 18 or over, choosing freely, safe
 * now. Any single "no" ends it at once, whatever else is still unanswered.
 */

export const ENTRY_QUESTIONS = ['adults', 'freely', 'safeNow'] as const;
export type EntryQuestion = (typeof ENTRY_QUESTIONS)[number];
export type EntryAnswers = Partial<Record<EntryQuestion, 'yes' | 'no' | null | undefined>>;

/** Which help a "no" leads to: under-18 help for the age question, pressure and safety help otherwise. */
export type EntrySupport = 'age' | 'pressure';

export type EntryOutcome =
  | { readonly kind: 'stop'; readonly support: EntrySupport }
  | { readonly kind: 'unanswered'; readonly missing: readonly EntryQuestion[] }
  | { readonly kind: 'start' };

export function entryOutcome(answers: EntryAnswers): EntryOutcome {
  // A "no" to the age question always gets the under-18 help, even beside another "no".
  if (answers.adults === 'no') return { kind: 'stop', support: 'age' };
  if (answers.freely === 'no' || answers.safeNow === 'no') return { kind: 'stop', support: 'pressure' };
  const missing = ENTRY_QUESTIONS.filter((question) => answers[question] !== 'yes');
  return missing.length > 0 ? { kind: 'unanswered', missing } : { kind: 'start' };
}
