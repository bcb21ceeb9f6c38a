import type { Template } from '../template/types';
import { findQuestion } from '../template/schema';
import type { SignedTerm } from './schema';

/**
 * Terms signed on an older version read as their nearest option in `to`, so the
 * two can be compared term by term. Questions `to` no longer has are left out
 * (a replaced commitment comes back as the new question that replaces it).
 * Kept apart from upgrade.ts so a comparison never loads the whole move.
 */
export function asNearestTerms(to: Template, terms: readonly SignedTerm[]): SignedTerm[] {
  const map = to.upgrade;
  return terms.flatMap((term) => {
    if (!findQuestion(to, term.questionId)) return [];
    const mapped = map?.options.find((option) => option.question === term.questionId && option.from === term.optionId);
    return [{ ...term, optionId: mapped?.to ?? term.optionId }];
  });
}
