import type { AgreementVersion, Draft, PartnerKey, PrivateAnswers, SignedTerm } from './schema';

/**
 * Each partner's first private answer, where the two differed, is printed in
 * every copy unless the couple leave it out. Each partner chooses as they sign;
 * the answers are kept only if both chose to keep them, since either one's
 * answer alone gives the other's away. Leaving them out keeps every settled
 * term and how it was settled (agreed, the more careful one, or confirmed by both).
 */

/** One partner's choice, recorded with their signature. */
export function choosePrivateAnswers(draft: Draft, partner: PartnerKey, choice: PrivateAnswers): Draft {
  return { ...draft, privateAnswers: { ...draft.privateAnswers, [partner]: choice } };
}

/**
 * What the signed version keeps: "kept" only when both chose it, "leftOut" when
 * either chose that. Undefined when neither chose (a draft from before the
 * choice existed): the version is then made as it always was.
 */
export function privateAnswersOutcome(draft: Pick<Draft, 'privateAnswers'>): PrivateAnswers | undefined {
  const choices = draft.privateAnswers;
  if (!choices || (choices.a === undefined && choices.b === undefined)) return undefined;
  return choices.a === 'kept' && choices.b === 'kept' ? 'kept' : 'leftOut';
}

/** The version as signed under that outcome: left out means the first answers are not stored at all. */
export function withPrivateAnswers(version: AgreementVersion, outcome: PrivateAnswers | undefined): AgreementVersion {
  if (outcome === undefined) return version;
  if (outcome === 'kept') return { ...version, privateAnswers: 'kept' };
  return { ...version, privateAnswers: 'leftOut', terms: withoutAnswers(version.terms) };
}

/** The terms with no first answers: how each was settled stays. */
export function withoutAnswers(terms: readonly SignedTerm[]): SignedTerm[] {
  return terms.map(({ answers: _answers, ...term }) => term);
}

/** Whether anything may print a version's first private answers. Absent means kept (versions made before the choice). */
export function printsPrivateAnswers(version: Pick<AgreementVersion, 'privateAnswers'>): boolean {
  return version.privateAnswers !== 'leftOut';
}
