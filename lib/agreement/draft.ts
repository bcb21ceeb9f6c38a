import type { Template } from '../template/types';
import { answersSchema, type Answers } from '../template/schema';
import type { AgreementVersion, Draft, PartnerKey, Signature } from './schema';
import { isFullySettled, mergeAnswers, toSignedTerms, type MergedTerm } from './merge';
import { newId } from './ids';

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

/** Both partners' answers, validated against the template; null while either set is incomplete. */
export function validatedAnswers(template: Template, draft: Draft): { a: Answers; b: Answers } | null {
  const schema = answersSchema(template);
  const a = schema.safeParse(draft.answers.a);
  const b = schema.safeParse(draft.answers.b);
  if (!a.success || !b.success) return null;
  return { a: a.data as Answers, b: b.data as Answers };
}

export function mergeDraft(template: Template, draft: Draft): MergedTerm[] | null {
  const answers = validatedAnswers(template, draft);
  if (!answers) return null;
  return mergeAnswers(template, answers.a, answers.b, draft.resolutions);
}

/** Names match when they are the same apart from case and surrounding spaces. */
export function isSameName(typed: string, expected: string): boolean {
  const clean = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return clean(typed) === clean(expected);
}

export function hasAcknowledgedAll(template: Template, draft: Draft, partner: PartnerKey): boolean {
  return template.acknowledgements.every((ack) => draft.acknowledgements[partner].includes(ack.id));
}

export type SignProblem = 'incomplete' | 'unsettled' | 'acknowledgements' | 'signatures';

/** Why a draft cannot be signed yet, or null when it can. */
export function signProblem(template: Template, draft: Draft): SignProblem | null {
  const terms = mergeDraft(template, draft);
  if (!terms || !draft.partners || !draft.apps) return 'incomplete';
  if (!isFullySettled(terms)) return 'unsettled';
  if (!hasAcknowledgedAll(template, draft, 'a') || !hasAcknowledgedAll(template, draft, 'b')) return 'acknowledgements';
  const { a, b } = draft.signatures;
  if (!a || !b || !isSameName(a.name, draft.partners.a.name) || !isSameName(b.name, draft.partners.b.name)) return 'signatures';
  return null;
}

/** Turns a complete draft into an immutable signed version. */
export function versionFromDraft(
  template: Template,
  draft: Draft,
  number: number,
  parent: number | null,
  now: Date = new Date(),
): AgreementVersion {
  const problem = signProblem(template, draft);
  const terms = mergeDraft(template, draft);
  if (problem || !terms || !draft.partners || !draft.apps) throw new Error(`Draft cannot be signed: ${problem}`);
  const signatures = draft.signatures as { a: Signature; b: Signature };
  return {
    version: number,
    parent,
    templateId: template.id,
    templateVersion: template.version,
    partners: draft.partners,
    apps: draft.apps,
    terms: toSignedTerms(terms),
    custom: draft.custom,
    acknowledgements: draft.acknowledgements,
    signatures,
    createdAt: now.toISOString(),
  };
}
