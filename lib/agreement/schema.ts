import * as z from 'zod/mini';
import { APP_IDS } from '../template/types';
import { textProblem, TEXT_PROBLEM_MESSAGES, type TextProblem } from './names';

/** Schemas for everything the app stores or reads back: drafts and signed agreements. */

export const PARTNERS = ['a', 'b'] as const;
export type PartnerKey = (typeof PARTNERS)[number];

/** Limits the forms show as `maxLength`, so a field and its schema never disagree. */
export const MAX_NAME_LENGTH = 40;
export const MAX_TERM_LENGTH = 600;

/** A display name: a nickname is fine. Rendered as text everywhere, never as markup. */
const NAME_PROBLEMS: Readonly<Record<TextProblem, string>> = {
  bidi: 'Please leave out hidden control characters.',
  control: 'Please leave out hidden control characters.',
  invisible: 'Please enter a name someone can read.',
};

export const nameSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'Please enter a name or nickname.'),
  z.maxLength(MAX_NAME_LENGTH, `Please keep it under ${MAX_NAME_LENGTH} characters.`),
  z.superRefine((name, context) => {
    const problem = name.length === 0 ? null : textProblem(name);
    if (problem) context.addIssue({ code: 'custom', message: NAME_PROBLEMS[problem], input: name });
  }),
);

export const partnerSchema = z.object({ name: nameSchema });
export const partnersSchema = z.object({ a: partnerSchema, b: partnerSchema });
export type Partners = z.infer<typeof partnersSchema>;

export const appIdSchema = z.enum(APP_IDS);
export const appsSchema = z.array(appIdSchema).check(
  z.minLength(1, 'Please choose at least one app.'),
  z.maxLength(APP_IDS.length),
);

const idSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const timestampSchema = z.iso.datetime();

export const answerValueSchema = z.union([z.string().check(z.maxLength(64)), z.literal(true)]);
export const answersRecordSchema = z.record(z.string().check(z.maxLength(64)), answerValueSchema);

/** How the couple settled a term where their answers differed. */
export const resolutionSchema = z.object({
  optionId: z.string().check(z.maxLength(64)),
  /** Both must confirm a choice less protective than the proposed (more protective) answer. */
  confirmedBy: z.object({ a: z.boolean(), b: z.boolean() }),
});
export type Resolution = z.infer<typeof resolutionSchema>;

export const customTermSchema = z.object({
  id: idSchema,
  author: z.enum(PARTNERS),
  text: z.string().check(
    z.trim(),
    z.minLength(1, 'Please write the term, or remove it.'),
    z.maxLength(MAX_TERM_LENGTH, `Please keep a term under ${MAX_TERM_LENGTH} characters.`),
    z.superRefine((text, context) => {
      const problem = text.length === 0 ? null : textProblem(text, { lineBreaks: true });
      if (problem) context.addIssue({ code: 'custom', message: TEXT_PROBLEM_MESSAGES[problem], input: text });
    }),
  ),
});
export type CustomTerm = z.infer<typeof customTermSchema>;

export const signatureSchema = z.object({ name: nameSchema, at: timestampSchema });
export type Signature = z.infer<typeof signatureSchema>;

export const settledBySchema = z.enum(['same', 'protective', 'together', 'bothConfirmedLooser', 'commitment']);
export type SettledBy = z.infer<typeof settledBySchema>;

/** One term of a signed version. `answers` keeps both original answers where they differed. */
export const signedTermSchema = z.object({
  questionId: z.string().check(z.maxLength(64)),
  optionId: z.string().check(z.maxLength(64)),
  settledBy: settledBySchema,
  answers: z.optional(z.object({ a: z.string().check(z.maxLength(64)), b: z.string().check(z.maxLength(64)) })),
});
export type SignedTerm = z.infer<typeof signedTermSchema>;

const ackListSchema = z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20));

/**
 * Set on a version one partner made alone by tightening.
 * It is in force at once. Its `signatures` are carried over unchanged from the
 * parent (what both last signed); the only new signature is `signature`, and
 * the other partner's appears in `seenBy` only once they have seen and signed it.
 */
export const tightenedChangeSchema = z.object({
  kind: z.literal('tightened'),
  by: z.enum(PARTNERS),
  signature: signatureSchema,
  seenBy: z.optional(signatureSchema),
});
export type TightenedChange = z.infer<typeof tightenedChangeSchema>;

/**
 * Whether each partner's first private answer is kept where the two differed.
 * "leftOut": the couple chose, before signing, to keep only the settled terms
 * (and how each was settled); the version then holds no first answers at all.
 * Absent on versions made before the choice existed: they keep them.
 */
export const PRIVATE_ANSWERS = ['kept', 'leftOut'] as const;
export const privateAnswersSchema = z.enum(PRIVATE_ANSWERS);
export type PrivateAnswers = z.infer<typeof privateAnswersSchema>;

export const versionSchema = z.object({
  version: z.number().check(z.int(), z.gte(1), z.lte(10_000)),
  parent: z.nullable(z.number().check(z.int(), z.gte(1))),
  templateId: z.string().check(z.maxLength(64)),
  templateVersion: z.number().check(z.int(), z.gte(1)),
  partners: partnersSchema,
  apps: appsSchema,
  terms: z.array(signedTermSchema).check(z.maxLength(200)),
  custom: z.array(customTermSchema).check(z.maxLength(100)),
  acknowledgements: z.object({ a: ackListSchema, b: ackListSchema }),
  signatures: z.object({ a: signatureSchema, b: signatureSchema }),
  createdAt: timestampSchema,
  change: z.optional(tightenedChangeSchema),
  privateAnswers: z.optional(privateAnswersSchema),
});
export type AgreementVersion = z.infer<typeof versionSchema>;

export const agreementSchema = z.object({
  id: idSchema,
  versions: z.array(versionSchema).check(z.minLength(1), z.maxLength(1000)),
  withdrawn: z.optional(z.object({ by: z.enum(PARTNERS), at: timestampSchema })),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const STAGES = ['setup', 'answerA', 'handover', 'answerB', 'review', 'sign'] as const;
export type Stage = (typeof STAGES)[number];

/** A draft in progress on this device. Partial answers are allowed; they are validated per step. */
export const draftSchema = z.object({
  id: idSchema,
  templateId: z.string().check(z.maxLength(64)),
  templateVersion: z.number().check(z.int(), z.gte(1)),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  stage: z.enum(STAGES),
  /** Index of the section the current partner is on. */
  step: z.number().check(z.int(), z.gte(0), z.lte(100)),
  partners: z.optional(partnersSchema),
  apps: z.optional(appsSchema),
  answers: z.object({ a: answersRecordSchema, b: answersRecordSchema }),
  resolutions: z.record(z.string().check(z.maxLength(64)), resolutionSchema),
  custom: z.array(customTermSchema).check(z.maxLength(100)),
  acknowledgements: z.object({ a: ackListSchema, b: ackListSchema }),
  signatures: z.object({ a: z.optional(signatureSchema), b: z.optional(signatureSchema) }),
  /** What each partner chose, as they signed, about keeping the first private answers. */
  privateAnswers: z.optional(z.object({ a: z.optional(privateAnswersSchema), b: z.optional(privateAnswersSchema) })),
  /** Set when this draft revises a signed agreement. */
  revisionOf: z.optional(
    z.object({
      agreementId: idSchema,
      version: z.number().check(z.int(), z.gte(1)),
      /** The terms in force when the revision began, as answers: where each partner starts, marked "in force now". */
      inForce: z.optional(answersRecordSchema),
      /** Set when only these terms are revisited; every other term carries over as signed. */
      revisit: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.minLength(1), z.maxLength(200))),
    }),
  ),
});
export type Draft = z.infer<typeof draftSchema>;

export function otherPartner(partner: PartnerKey): PartnerKey {
  return partner === 'a' ? 'b' : 'a';
}
