import type { Option, Template } from '../template/types';
import type { Answers } from '../template/schema';
import type { AgreementVersion, SignedTerm } from './schema';
import { findOption } from './merge';
import { inForceAnswers } from './revision';
import { refuse, type Refusal } from './draft';
import { compareTerm } from './versions';

/**
 * Moving an agreement to a newer version of its template. It happens only by
 * revising together: both partners answer what is new, privately and sealed as
 * always, and both sign. Nothing here changes a signed version.
 */

export type UpgradeProblem = 'otherTemplate' | 'noPath';

/** An earlier answer whose words changed or went away, shown beside the nearest option now. */
export interface BesideOption {
  readonly questionId: string;
  readonly was: Pick<Option, 'id' | 'label' | 'clause'>;
  readonly now: Pick<Option, 'id' | 'label' | 'clause'>;
  readonly direction: 'same' | 'stricter' | 'looser';
  readonly why: string;
}

export interface UpgradePlan {
  /** Where both partners start: the terms in force that carry over unchanged in meaning, in the newer version's ids. */
  readonly start: Answers;
  /** Questions both answer again privately: new ones, ones with new options, commitments with new words. */
  readonly askAgain: readonly string[];
  /** Each changed option in force beside its nearest option now. */
  readonly beside: readonly BesideOption[];
}

const pick = (option: Option) => ({ id: option.id, label: option.label, clause: option.clause });

/** How `version`, signed on `from`, moves to `to`; refused when `to` names no way from `from`. */
export function planUpgrade(
  from: Template,
  to: Template,
  version: Pick<AgreementVersion, 'templateId' | 'templateVersion' | 'terms'>,
): { readonly ok: true; readonly plan: UpgradePlan } | Refusal<UpgradeProblem> {
  if (from.id !== to.id || version.templateId !== from.id || version.templateVersion !== from.version) return refuse('otherTemplate');
  const map = to.upgrade;
  if (!map || map.fromVersion !== from.version) return refuse('noPath');

  const earlier = inForceAnswers(from, version);
  const questionsFrom = new Map(from.sections.flatMap((section) => section.questions).map((question) => [question.id, question]));
  const questionsTo = new Map(to.sections.flatMap((section) => section.questions).map((question) => [question.id, question]));
  const rewordedCommitments = new Set(map.commitments.map((change) => change.to));
  const start: Answers = {};
  const askAgain: string[] = [];
  const beside: BesideOption[] = [];

  for (const change of map.questions) {
    if (change.change === 'replaced') continue;
    const next = questionsTo.get(change.question);
    const before = questionsFrom.get(change.question);
    const value = earlier[change.question];
    if (!next) continue;
    if (change.change === 'new' || value === undefined || !before) {
      askAgain.push(next.id);
      continue;
    }
    if (next.kind === 'commitment') {
      if (rewordedCommitments.has(next.id)) askAgain.push(next.id);
      else start[next.id] = true;
      continue;
    }
    if (before.kind !== 'choice' || typeof value !== 'string') {
      askAgain.push(next.id);
      continue;
    }
    const mapped = map.options.find((option) => option.question === next.id && option.from === value);
    const nearest = findOption(next, mapped?.to ?? value);
    const old = findOption(before, value);
    if (!nearest || !old) {
      askAgain.push(next.id);
      continue;
    }
    if (mapped || old.clause !== nearest.clause) {
      beside.push({ questionId: next.id, was: pick(old), now: pick(nearest), direction: mapped?.direction ?? 'same', why: mapped?.why ?? '' });
    }
    // New options mean both choose again, each seeing their earlier answer beside the nearest one.
    if (change.change === 'options' || mapped?.direction === 'looser') {
      askAgain.push(next.id);
      if (!beside.some((entry) => entry.questionId === next.id)) beside.push({ questionId: next.id, was: pick(old), now: pick(nearest), direction: 'same', why: '' });
    } else {
      start[next.id] = nearest.id;
    }
  }
  return { ok: true, plan: { start, askAgain, beside } };
}

/**
 * The terms an upgraded version makes looser than the one signed before it, each
 * earlier term read as its nearest option now. Revising together needs both
 * signatures, so these are exactly the terms both have to confirm.
 */
export function looserAfterUpgrade(to: Template, before: readonly SignedTerm[], after: readonly SignedTerm[]): string[] {
  const map = to.upgrade;
  const earlier = new Map(before.map((term) => [term.questionId, term]));
  return after.flatMap((term) => {
    const old = earlier.get(term.questionId);
    if (!old) return [];
    const mapped = map?.options.find((option) => option.question === term.questionId && option.from === old.optionId);
    const nearest: SignedTerm = { ...old, optionId: mapped?.to ?? old.optionId };
    return compareTerm(to, nearest, term) === 'looser' ? [term.questionId] : [];
  });
}
