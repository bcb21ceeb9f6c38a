import type { AppId, Template } from '../template/types';
import { answersSchema, type Answers } from '../template/schema';
import { PARTNERS, type AgreementVersion, type Draft, type Partners, type PartnerKey, type Signature, type SignedTerm } from './schema';
import { isFullySettled, mergeAnswers, toSignedTerms, type MergedTerm } from './merge';
import { isSameName } from './names';
import { newId } from './ids';
import { privateAnswersOutcome, withPrivateAnswers } from './private-answers';

export function createDraft(template: Template, now: Date = new Date()): Draft {
  const at = now.toISOString();
  return {
    id: newId(),
    templateId: template.id,
    templateVersion: template.version,
    createdAt: at,
    updatedAt: at,
    stage: 'setup',
    step: 0,
    answers: { a: {}, b: {} },
    resolutions: {},
    custom: [],
    acknowledgements: { a: [], b: [] },
    signatures: {},
  };
}

/** A refusal carries a reason the UI turns into plain words; nothing throws. */
export type Refusal<Problem extends string> = { readonly ok: false; readonly problem: Problem };
export const refuse = <Problem extends string>(problem: Problem): Refusal<Problem> => ({ ok: false, problem });

export type MergeResult = { readonly ok: true; readonly terms: MergedTerm[] } | Refusal<'incomplete'>;

/** Both partners' answers, validated once against the template, then merged. */
export function mergeDraft(template: Template, draft: Draft): MergeResult {
  const schema = answersSchema(template);
  const a = schema.safeParse(draft.answers.a);
  const b = schema.safeParse(draft.answers.b);
  if (!a.success || !b.success) return refuse('incomplete');
  return { ok: true, terms: mergeAnswers(template, a.data as Answers, b.data as Answers, draft.resolutions) };
}

/**
 * A draft whose answers are validated and whose every term is settled, made
 * by `readyToSign`, so whatever takes it needs no second check.
 */
export interface ReadyDraft {
  readonly template: Template;
  readonly draft: Draft;
  readonly partners: Partners;
  readonly apps: readonly AppId[];
  readonly terms: readonly MergedTerm[];
  readonly signedTerms: readonly SignedTerm[];
}

export type NotReady = 'incomplete' | 'unsettled';

export function readyToSign(template: Template, draft: Draft): { readonly ok: true; readonly ready: ReadyDraft } | Refusal<NotReady> {
  const merged = mergeDraft(template, draft);
  if (!merged.ok || !draft.partners || !draft.apps) return refuse('incomplete');
  if (!isFullySettled(merged.terms)) return refuse('unsettled');
  return { ok: true, ready: { template, draft, partners: draft.partners, apps: draft.apps, terms: merged.terms, signedTerms: toSignedTerms(merged.terms) } };
}

/** A ready draft both partners have acknowledged and signed, each with their own name. */
export interface SignedDraft extends ReadyDraft {
  readonly signatures: Readonly<Record<PartnerKey, Signature>>;
}

export type SignProblem = NotReady | 'acknowledgements' | 'signatures';

function hasAcknowledgedAll(template: Template, draft: Draft, partner: PartnerKey): boolean {
  return template.acknowledgements.every((ack) => draft.acknowledgements[partner].includes(ack.id));
}

/** The ready draft with both signatures, or why it is not signed yet. */
export function signedDraft(ready: ReadyDraft): { readonly ok: true; readonly signed: SignedDraft } | Refusal<'acknowledgements' | 'signatures'> {
  const { template, draft, partners } = ready;
  if (!PARTNERS.every((partner) => hasAcknowledgedAll(template, draft, partner))) return refuse('acknowledgements');
  const { a, b } = draft.signatures;
  if (!a || !b || !isSameName(a.name, partners.a.name) || !isSameName(b.name, partners.b.name)) return refuse('signatures');
  return { ok: true, signed: { ...ready, signatures: { a, b } } };
}

/** A signed draft as an immutable signed version. */
export function versionFromSigned(signed: SignedDraft, number: number, parent: number | null, now: Date = new Date()): AgreementVersion {
  const { template, draft } = signed;
  const version: AgreementVersion = {
    version: number,
    parent,
    templateId: template.id,
    templateVersion: template.version,
    partners: signed.partners,
    apps: [...signed.apps],
    terms: [...signed.signedTerms],
    custom: draft.custom,
    acknowledgements: draft.acknowledgements,
    signatures: { a: signed.signatures.a, b: signed.signatures.b },
    createdAt: now.toISOString(),
  };
  return withPrivateAnswers(version, privateAnswersOutcome(draft));
}
