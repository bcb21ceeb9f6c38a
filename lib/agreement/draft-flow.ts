import type { AppId, Section, Template } from '../template/types';
import type { Answers } from '../template/schema';
import type { MergedTerm } from './merge';
import type { Agreement, CustomTerm, Draft, Partners, PartnerKey, PrivateAnswers, Resolution, Stage } from './schema';
import { createDraft, mergeDraft, readyToSign, refuse, signedDraft, type NotReady, type ReadyDraft, type Refusal, type SignedDraft } from './draft';
import { isSameName, normaliseName } from './names';
import { choosePrivateAnswers } from './private-answers';
import { latestVersion } from './versions';
import { inForceAnswers, revisableQuestionIds, revisitList, sectionsToAnswer } from './revision';
import { planUpgrade } from './upgrade';

/**
 * The stages of a draft on one device: set-up → A answers → hand-over →
 * B answers → review → sign. Every function returns a new draft and never
 * touches storage, so another device or a test can drive the same flow.
 */

/** Who answers privately in this stage, if anyone. */
export function answeringPartner(stage: Stage): PartnerKey | null {
  return stage === 'answerA' ? 'a' : stage === 'answerB' ? 'b' : null;
}

const at = (draft: Draft, stage: Stage, step = 0): Draft => ({ ...draft, stage, step });

export interface SetupValues {
  readonly partners: Partners;
  readonly apps: readonly AppId[];
}

/** Names and apps are set: A answers first. Names are kept in their one normal form. */
export function completeSetup(draft: Draft, values: SetupValues): Draft {
  const partners = { a: { name: normaliseName(values.partners.a.name) }, b: { name: normaliseName(values.partners.b.name) } };
  return at({ ...draft, partners, apps: [...values.apps] }, 'answerA');
}

export function backToSetup(draft: Draft): Draft {
  return at(draft, 'setup');
}

/** Saves one partner's answers so far, as they are given; the stage does not move. */
export function recordAnswers(draft: Draft, partner: PartnerKey, values: Answers): Draft {
  return { ...draft, answers: { ...draft.answers, [partner]: { ...draft.answers[partner], ...values } } };
}

/** The current section is answered: on to the next one, or to the hand-over (after A) or the review (after B). */
export function nextSection(template: Template, draft: Draft, values: Answers): Draft {
  const partner = answeringPartner(draft.stage);
  if (!partner) return draft;
  const answered = recordAnswers(draft, partner, values);
  if (draft.step + 1 < sectionsToAnswer(template, draft).length) return at(answered, draft.stage, draft.step + 1);
  return at(answered, partner === 'a' ? 'handover' : 'review');
}

/** One section back, or null on the first one (the partner's own introduction comes before it). */
export function previousSection(draft: Draft): Draft | null {
  if (!answeringPartner(draft.stage) || draft.step === 0) return null;
  return at(draft, draft.stage, draft.step - 1);
}

/** The second partner holds the phone: their own turn begins. */
export function startSecondTurn(draft: Draft): Draft {
  return draft.stage === 'handover' ? at(draft, 'answerB') : draft;
}

export function resolveTerm(draft: Draft, questionId: string, resolution: Resolution): Draft {
  return { ...draft, resolutions: { ...draft.resolutions, [questionId]: resolution } };
}

/** A choice the couple made together (more careful, or looser with both confirming): taking the suggestion would undo it. */
export function isChosenTogether(term: MergedTerm): boolean {
  return term.settledBy === 'together' || term.settledBy === 'bothConfirmedLooser';
}

const suggestion = (term: MergedTerm): Resolution => ({ optionId: term.proposed, confirmedBy: { a: false, b: false } });

/**
 * Takes the more careful suggestion for one term. It never silently replaces a
 * choice made together: that needs `replaceChoice`, after asking the couple.
 */
export function acceptSuggestion(
  template: Template,
  draft: Draft,
  questionId: string,
  options: { readonly replaceChoice?: boolean } = {},
): { readonly ok: true; readonly draft: Draft } | Refusal<'incomplete' | 'unknownTerm' | 'replacesChoice'> {
  const merged = mergeDraft(template, draft);
  if (!merged.ok) return merged;
  const term = merged.terms.find((candidate) => candidate.question.id === questionId && candidate.differed);
  if (!term) return refuse('unknownTerm');
  if (isChosenTogether(term) && !options.replaceChoice) return refuse('replacesChoice');
  return { ok: true, draft: resolveTerm(draft, questionId, suggestion(term)) };
}

/**
 * Takes the more careful suggestion for every term still to talk about. Safe
 * by construction: a suggestion is never less careful than either answer. A
 * term someone is choosing (a looser pick waiting for confirmation) and every
 * settled term are left as they are.
 */
export function acceptAllSuggestions(template: Template, draft: Draft): Draft {
  const merged = mergeDraft(template, draft);
  if (!merged.ok) return draft;
  const open = merged.terms.filter((term) => term.settledBy === 'pending' && !term.awaitingConfirmation);
  return open.reduce((current, term) => resolveTerm(current, term.question.id, suggestion(term)), draft);
}

export function setCustomTerms(draft: Draft, custom: readonly CustomTerm[]): Draft {
  return { ...draft, custom: [...custom] };
}

/** From the review to signing, only once every term is settled. */
export function toSigning(template: Template, draft: Draft): { readonly ok: true; readonly draft: Draft } | Refusal<NotReady> {
  const ready = readyToSign(template, draft);
  return ready.ok ? { ok: true, draft: at(draft, 'sign') } : ready;
}

/** Back to the review: any signature or tick given so far no longer counts, since the terms may change. */
export function backToReview(draft: Draft): Draft {
  return { ...at(draft, 'review'), signatures: {}, acknowledgements: { a: [], b: [] } };
}

/** A signs first, then B. */
export function nextSigner(draft: Draft): PartnerKey {
  return draft.signatures.a ? 'b' : 'a';
}

export interface SignInput {
  readonly acknowledged: readonly string[];
  readonly typedName: string;
  /** Whether this partner agrees to keep the first private answers in the record (left out unless both do). */
  readonly privateAnswers?: PrivateAnswers;
}

export type SignAsProblem = 'order' | 'acknowledgements' | 'name';

export type SignAsResult =
  | {
      readonly ok: true;
      readonly draft: Draft;
      /** Set once both have signed: what finishing takes. */
      readonly signed: SignedDraft | null;
    }
  | Refusal<SignAsProblem>;

/** Every reason this signature would be refused, so a form can show them all at once. */
export function signProblems(ready: ReadyDraft, partner: PartnerKey, input: SignInput): SignAsProblem[] {
  const problems: SignAsProblem[] = [];
  if (nextSigner(ready.draft) !== partner) problems.push('order');
  if (!ready.template.acknowledgements.every((ack) => input.acknowledged.includes(ack.id))) problems.push('acknowledgements');
  if (!isSameName(input.typedName, ready.partners[partner].name)) problems.push('name');
  return problems;
}

/** One partner signs for themself, with every acknowledgement ticked and their own name typed. */
export function signAs(ready: ReadyDraft, partner: PartnerKey, input: SignInput, now: Date = new Date()): SignAsResult {
  const { draft } = ready;
  const [problem] = signProblems(ready, partner, input);
  if (problem) return refuse(problem);
  const next: Draft = {
    ...(input.privateAnswers ? choosePrivateAnswers(draft, partner, input.privateAnswers) : draft),
    acknowledgements: { ...draft.acknowledgements, [partner]: [...input.acknowledged] },
    signatures: { ...draft.signatures, [partner]: { name: normaliseName(input.typedName), at: now.toISOString() } },
  };
  // Only the draft changed, not its answers or resolutions, so it is still ready.
  const both = signedDraft({ ...ready, draft: next });
  return { ok: true, draft: next, signed: both.ok ? both.signed : null };
}

export type RevisionStartProblem = 'withdrawn' | 'nothingChosen' | 'otherTemplate';

/**
 * A draft to revisit the agreement together. Names, apps and own terms are
 * kept, and each partner's answers start on the terms in force: revisiting
 * never tightens or loosens anything nobody touched. With `revisit`, only those
 * terms are asked again; the others carry over as signed.
 *
 * `template` is the version to revise into. When it is newer than `signedOn`
 * (the version the agreement was signed on), this is the move to it: what is
 * new or changed in meaning is left unanswered, so both answer it privately.
 */
export function startRevision(
  template: Template,
  agreement: Agreement,
  now: Date = new Date(),
  revisit?: readonly string[],
  signedOn: Template = template,
): { readonly ok: true; readonly draft: Draft } | Refusal<RevisionStartProblem> {
  if (agreement.withdrawn) return refuse('withdrawn');
  const latest = latestVersion(agreement);
  if (latest.templateId !== template.id || latest.templateVersion !== signedOn.version) return refuse('otherTemplate');
  const upgrade = signedOn.version === template.version ? null : planUpgrade(signedOn, template, latest);
  if (upgrade && !upgrade.ok) return refuse('otherTemplate');
  const inForce = upgrade ? upgrade.plan.start : inForceAnswers(template, latest);
  const revisable = new Set(revisableQuestionIds(template));
  const chosen = revisit?.filter((id) => revisable.has(id));
  if (chosen && chosen.length === 0) return refuse('nothingChosen');
  const draft: Draft = {
    ...createDraft(template, now),
    partners: latest.partners,
    apps: latest.apps,
    custom: latest.custom,
    answers: { a: { ...inForce }, b: { ...inForce } },
    revisionOf: {
      agreementId: agreement.id,
      version: latest.version,
      inForce,
      ...(chosen ? { revisit: revisitList(template, inForce, chosen) } : {}),
    },
  };
  return { ok: true, draft };
}

/**
 * What one device shows for a draft. `confirmed` is who last said "I'm answering
 * (or signing) for myself" on this screen, never stored: the caller clears it
 * whenever the phone should change hands (a turn ends, a signature is given).
 */
export type DraftScreen =
  | { readonly kind: 'setup' }
  | { readonly kind: 'intro'; readonly partner: PartnerKey; readonly isFirst: boolean }
  | { readonly kind: 'answers'; readonly partner: PartnerKey; readonly section: Section; readonly index: number; readonly total: number }
  | { readonly kind: 'handover' }
  | { readonly kind: 'review'; readonly terms: readonly MergedTerm[] }
  | { readonly kind: 'sign'; readonly partner: PartnerKey; readonly ready: ReadyDraft }
  /** A has signed: the phone goes to B before B's acknowledgements and signature. */
  | { readonly kind: 'signHandover'; readonly from: PartnerKey; readonly to: PartnerKey }
  /** Both have signed but the agreement is not saved yet (or its draft could not be removed): only finishing is left. */
  | { readonly kind: 'signed'; readonly signed: SignedDraft }
  | { readonly kind: 'notReady'; readonly problem: NotReady };

export function currentScreen(template: Template, draft: Draft, confirmed: PartnerKey | null): DraftScreen {
  switch (draft.stage) {
    case 'setup':
      return { kind: 'setup' };
    case 'answerA':
    case 'answerB': {
      const partner = draft.stage === 'answerA' ? 'a' : 'b';
      if (confirmed !== partner) return { kind: 'intro', partner, isFirst: partner === 'a' };
      const sections = sectionsToAnswer(template, draft);
      const total = sections.length;
      const index = Math.min(draft.step, total - 1);
      const section = sections[index];
      return section ? { kind: 'answers', partner, section, index, total } : { kind: 'notReady', problem: 'incomplete' };
    }
    case 'handover':
      return { kind: 'handover' };
    case 'review': {
      const merged = mergeDraft(template, draft);
      return merged.ok ? { kind: 'review', terms: merged.terms } : { kind: 'notReady', problem: merged.problem };
    }
    case 'sign': {
      const ready = readyToSign(template, draft);
      if (!ready.ok) return { kind: 'notReady', problem: ready.problem };
      // Never a second signature round for a draft both signed: it can only be finished.
      const both = signedDraft(ready.ready);
      if (both.ok) return { kind: 'signed', signed: both.signed };
      const partner = nextSigner(draft);
      // Whoever held the phone for A's signature must hand it over: B confirms for themself.
      if (partner === 'b' && confirmed !== 'b') return { kind: 'signHandover', from: 'a', to: 'b' };
      return { kind: 'sign', partner, ready: ready.ready };
    }
  }
}
