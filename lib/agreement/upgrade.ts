import type { Option, Template } from '../template/types';
import { findQuestion, type Answers } from '../template/schema';
import type { AgreementVersion, SignedTerm } from './schema';
import { findOption } from './merge';
import { inForceAnswers } from './revision';
import { refuse, type Refusal } from './draft';
import { compareTerm } from './versions';
import { asNearestTerms } from './nearest';

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
  const earlier = new Map(asNearestTerms(to, before).map((term) => [term.questionId, term]));
  return after.flatMap((term) => {
    const old = earlier.get(term.questionId);
    return old && compareTerm(to, old, term) === 'looser' ? [term.questionId] : [];
  });
}

/** What a question shows while a couple moves to the newer version. */
export type EarlierAnswer =
  /** Not in the version they signed: both answer it for the first time. */
  | { readonly kind: 'new' }
  /** Its words or options changed: what they had agreed, in the earlier words, beside the options now. */
  | {
      readonly kind: 'earlier';
      /** The earlier option's label, or the earlier commitment's words. */
      readonly words: string;
      /** Why it changed, in plain words (empty when the map gives none). */
      readonly why: string;
      /** Labels of options added to this question. */
      readonly added: readonly string[];
      /** The option now closest to what they had agreed (none for a commitment). */
      readonly nearest?: string;
    };

/** The maintainers' pointers into the content review are for them, not for the couple. */
function plainWhy(why: string): string {
  return why.replace(/\s*\(review [^)]*\)/g, '').trim();
}

/**
 * For each question of `to` that needs a word during the move from `from`: new
 * questions, and questions whose agreed option or commitment changed its words
 * or gained options. Questions that carry over unchanged are left out (they show
 * as "in force now" as in any revision).
 */
export function earlierAnswers(
  from: Template,
  to: Template,
  version: Pick<AgreementVersion, 'templateId' | 'templateVersion' | 'terms'>,
): { readonly ok: true; readonly answers: ReadonlyMap<string, EarlierAnswer> } | Refusal<UpgradeProblem> {
  const planned = planUpgrade(from, to, version);
  const map = to.upgrade;
  if (!planned.ok) return planned;
  if (!map) return refuse('noPath');
  const earlier = inForceAnswers(from, version);
  const answers = new Map<string, EarlierAnswer>();
  const byQuestion = new Map(map.questions.map((change) => [change.question, change]));

  for (const entry of planned.plan.beside) {
    const change = byQuestion.get(entry.questionId);
    const next = findQuestion(to, entry.questionId);
    const added = change?.change === 'options' && next?.kind === 'choice' ? change.added.flatMap((id) => findOption(next, id)?.label ?? []) : [];
    answers.set(entry.questionId, { kind: 'earlier', words: entry.was.label, why: plainWhy(entry.why), added, nearest: entry.now.id });
  }
  for (const change of map.commitments) {
    const before = findQuestion(from, change.from);
    if (earlier[change.from] !== true || before?.kind !== 'commitment' || !findQuestion(to, change.to)) continue;
    answers.set(change.to, { kind: 'earlier', words: before.affirmation, why: plainWhy(change.why), added: [] });
  }
  for (const change of map.questions) {
    if (change.change === 'new' && !answers.has(change.question) && findQuestion(to, change.question)) answers.set(change.question, { kind: 'new' });
  }
  return { ok: true, answers };
}

/** Counts for the invitation to move: new questions, questions with new words, and the new sections' titles. */
export function upgradeSummary(from: Template, to: Template, answers: ReadonlyMap<string, EarlierAnswer>) {
  const values = [...answers.values()];
  const earlierSections = new Set(from.sections.map((section) => section.id));
  return {
    newQuestions: values.filter((answer) => answer.kind === 'new').length,
    changedQuestions: values.filter((answer) => answer.kind === 'earlier').length,
    newSections: to.sections.filter((section) => !earlierSections.has(section.id)).map((section) => section.title),
  };
}
