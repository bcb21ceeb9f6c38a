import * as z from 'zod/mini';
import type { AppId, Template } from '../template/types';
import { readyToSign, signedDraft, versionFromSigned, type ReadyDraft } from '../agreement/draft';
import { isFullySettled, type MergedTerm } from '../agreement/merge';
import { mergeDraft } from '../agreement/draft';
import { checkIncoming, type TemplateLookup } from '../agreement/incoming';
import {
  agreementSchema,
  answersRecordSchema,
  appsSchema,
  customTermSchema,
  nameSchema,
  PARTNERS,
  privateAnswersSchema,
  signatureSchema,
  type Agreement,
  type CustomTerm,
  type Draft,
  type PartnerKey,
  type PrivateAnswers,
  type Resolution,
  type Signature,
} from '../agreement/schema';
import type { Answers } from '../template/schema';
import type { ApartValidators, Validator } from './client';
import { apartProposalSchema, apartRevisionSignedSchema } from './loosen';

/**
 * What the two devices share in apart mode, and how each device builds the very same agreement
 * from it. Each partner's own acts (their name, how far they are, the looser choices they confirm,
 * their signature) travel in their own progress slot, which only their own device can write; the
 * shared record holds only what either may change: the agreement's id and the choices for the
 * terms to talk about. The version's data is derived from both, so both devices build it byte for byte.
 */

const questionId = z.string().check(z.maxLength(64));
const optionId = z.string().check(z.maxLength(64));
const ackListSchema = z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20));

/** One partner's signature, bound to the exact terms they read. */
export const apartSignedSchema = z.object({
  acks: ackListSchema,
  signature: signatureSchema,
  /** The settled terms this signature is for; it counts only while they are still the terms. */
  terms: z.string().check(z.maxLength(40_000)),
  /** This partner's choice about their first private answers; left out counts as "leave them out". */
  privateAnswers: z.optional(privateAnswersSchema),
});
export type ApartSigned = z.infer<typeof apartSignedSchema>;

export const apartProgressSchema = z.object({
  v: z.literal(1),
  name: nameSchema,
  answered: z.number().check(z.int(), z.gte(0), z.lte(100)),
  total: z.number().check(z.int(), z.gte(1), z.lte(100)),
  /** The apps chosen at set-up, written by the partner who started. */
  apps: z.optional(appsSchema),
  /** Less careful choices this partner confirms, from their own device: question id → option id. */
  confirms: z.record(questionId, optionId),
  signed: z.optional(apartSignedSchema),
  /** Terms in this partner's own words: in their own slot, so nobody else can add or remove one as them. */
  custom: z.optional(z.array(customTermSchema).check(z.maxLength(50))),
  /** After signing: this partner's signature for the revision proposed in the record. */
  revision: z.optional(apartRevisionSignedSchema),
});
export type ApartProgress = z.infer<typeof apartProgressSchema>;

export const apartRecordSchema = z.object({
  v: z.literal(1),
  /** Decided once, by whoever writes the record first: both devices save the agreement under it. */
  agreementId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  /** What the couple picked for each term to talk about: question id → option id. */
  choices: z.record(questionId, optionId),
  /** Once both signed: the agreement with every version, so a change on one phone reaches the other. */
  agreement: z.optional(agreementSchema),
  /** After signing: a revision either proposed, which needs both signatures (it may loosen terms). */
  proposal: z.optional(apartProposalSchema),
});
export type ApartRecord = z.infer<typeof apartRecordSchema>;

function fromSchema<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): Validator<T> {
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
  };
}

/**
 * The checks for everything that arrives (and everything about to be sent): the shapes above, and
 * for the agreement in the record, the very check an imported file passes.
 */
export function createApartValidators(findTemplate: TemplateLookup): ApartValidators<Answers, ApartProgress, ApartRecord> {
  const recordShape = fromSchema(apartRecordSchema);
  const progressShape = fromSchema(apartProgressSchema);
  return {
    answers: fromSchema(answersRecordSchema) as Validator<Answers>,
    progress: (value, context) => {
      const shaped = progressShape(value, context);
      // Own words come only from their author's slot.
      return shaped.ok && (shaped.value.custom ?? []).some((term) => term.author !== context.role) ? { ok: false } : shaped;
    },
    record: (value, context) => {
      const shaped = recordShape(value, context);
      if (!shaped.ok || !shaped.value.agreement) return shaped;
      const checked = checkIncoming(findTemplate, shaped.value.agreement);
      return checked.ok && checked.agreement.id === shaped.value.agreementId ? { ok: true, value: { ...shaped.value, agreement: checked.agreement } } : { ok: false };
    },
  };
}

export function newApartRecord(agreementId: string): ApartRecord {
  return { v: 1, agreementId, choices: {} };
}

/** Everything one device knows once both have submitted. */
export interface ApartParts {
  readonly template: Template;
  readonly record: ApartRecord;
  readonly progress: Readonly<Record<PartnerKey, ApartProgress>>;
  readonly answers: Readonly<Record<PartnerKey, Answers>>;
}

/**
 * The stored form a signature is bound to: the settled terms in template order, and the terms in
 * the partners' own words when there are any (without them the form is as it always was, so a
 * signature given before own words existed here still fits).
 */
export function termsKey(ready: ReadyDraft): string {
  return ready.draft.custom.length === 0 ? JSON.stringify(ready.signedTerms) : JSON.stringify({ terms: ready.signedTerms, custom: ready.draft.custom });
}

/** Both partners' own words, each from their own slot only: A's first, then B's, so both phones list them alike. */
export function apartCustomTerms(progress: Readonly<Record<PartnerKey, Pick<ApartProgress, 'custom'>>>): CustomTerm[] {
  return PARTNERS.flatMap((partner) => (progress[partner].custom ?? []).filter((term) => term.author === partner));
}

/** A draft both devices build the same way from the shared parts (no device clock, no device id). */
export function apartDraft(parts: ApartParts, withSignatures = true): Draft {
  const { template, record, progress, answers } = parts;
  const resolutions: Record<string, Resolution> = {};
  for (const [id, option] of Object.entries(record.choices)) {
    resolutions[id] = { optionId: option, confirmedBy: { a: progress.a.confirms[id] === option, b: progress.b.confirms[id] === option } };
  }
  const signatures: { a?: Signature; b?: Signature } = {};
  const acknowledgements: Record<PartnerKey, string[]> = { a: [], b: [] };
  // Sealed answers must not end up in every copy unasked: they are kept only when both chose so.
  const privateAnswers: { a?: PrivateAnswers; b?: PrivateAnswers } = {};
  if (withSignatures) {
    for (const partner of PARTNERS) {
      const signed = progress[partner].signed;
      if (!signed) continue;
      signatures[partner] = signed.signature;
      acknowledgements[partner] = [...signed.acks];
      privateAnswers[partner] = signed.privateAnswers ?? 'leftOut';
    }
  }
  const apps: AppId[] = [...(progress.a.apps ?? [])];
  return {
    id: record.agreementId,
    templateId: template.id,
    templateVersion: template.version,
    createdAt: '1970-01-01T00:00:00.000Z',
    updatedAt: '1970-01-01T00:00:00.000Z',
    stage: 'review',
    step: 0,
    partners: { a: { name: progress.a.name }, b: { name: progress.b.name } },
    apps,
    answers: { a: { ...answers.a }, b: { ...answers.b } },
    resolutions,
    custom: apartCustomTerms(progress),
    acknowledgements,
    signatures,
    ...(withSignatures ? { privateAnswers } : {}),
  };
}

export type ApartReview =
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'review'; readonly terms: readonly MergedTerm[]; readonly settled: boolean; readonly ready: ReadyDraft | null; readonly signedBy: Readonly<Record<PartnerKey, boolean>> };

/** The merged terms both see, whether they are settled, and whose signature still fits them. */
export function apartReview(parts: ApartParts): ApartReview {
  const draft = apartDraft(parts, false);
  const merged = mergeDraft(parts.template, draft);
  if (!merged.ok) return { kind: 'incomplete' };
  const settled = isFullySettled(merged.terms);
  const ready = readyToSign(parts.template, draft);
  const key = ready.ok ? termsKey(ready.ready) : null;
  const fits = (partner: PartnerKey) => key !== null && parts.progress[partner].signed?.terms === key;
  return { kind: 'review', terms: merged.terms, settled, ready: ready.ok ? ready.ready : null, signedBy: { a: fits('a'), b: fits('b') } };
}

/**
 * Version 1, once both signed these very terms: made from the shared parts only, its time the later
 * signature's, so both devices hold the same bytes and the same fingerprint. Null until then.
 */
export function apartAgreement(parts: ApartParts): Agreement | null {
  const review = apartReview(parts);
  if (review.kind !== 'review' || !review.ready || !review.signedBy.a || !review.signedBy.b) return null;
  const ready = readyToSign(parts.template, apartDraft(parts));
  if (!ready.ok) return null;
  const signed = signedDraft(ready.ready);
  if (!signed.ok) return null;
  const { a, b } = signed.signed.signatures;
  const at = a.at > b.at ? a.at : b.at;
  const agreement: Agreement = { id: parts.record.agreementId, versions: [versionFromSigned(signed.signed, 1, null, new Date(at))] };
  // Built from what arrived, so it passes the very check an imported file passes.
  const checked = checkIncoming((id, version) => (id === parts.template.id && version === parts.template.version ? parts.template : undefined), agreement);
  return checked.ok ? checked.agreement : null;
}

/** How many sections a set of answers covers, for the other's progress line. */
export function sectionsAnswered(template: Template, answers: Answers): number {
  return template.sections.filter((section) => section.questions.every((question) => answers[question.id] !== undefined)).length;
}
