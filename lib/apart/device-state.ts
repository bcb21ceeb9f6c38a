import * as z from 'zod/mini';
import type { AppId } from '../template/types';
import { answersRecordSchema, appsSchema, customTermSchema, nameSchema } from '../agreement/schema';
import { sessionToStored, type ApartSession } from './session';
import { apartSignedSchema, type ApartProgress } from './shared';

/**
 * What one device keeps of an agreement made on two phones: its session (the link's secret and its
 * own token, which open everything: kept only here), its own answers so far, and where it is.
 * Its partner's answers are kept once released, so the device can show the review offline.
 */
export const apartStateSchema = z.object({
  v: z.literal(1),
  /** This device's own name for the entry, never sent. */
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  /** `sessionToStored`, read back with `sessionFromStored`. */
  session: z.unknown(),
  myName: nameSchema,
  /** Chosen by the partner who started; the other learns them from their progress. */
  apps: z.optional(appsSchema),
  /** The apps the other partner chose, as this device last saw them: so it can show their settings offline. Never sent. */
  partnerApps: z.optional(appsSchema),
  /** The other partner's name as this device last saw it, so a reopened or offline phone names them. Never sent. */
  partnerName: z.optional(nameSchema),
  answers: answersRecordSchema,
  step: z.number().check(z.int(), z.gte(0), z.lte(100)),
  answersRev: z.number().check(z.int(), z.gte(0)),
  progressRev: z.number().check(z.int(), z.gte(0)),
  submitted: z.boolean(),
  /** Both compared the check code and said it matched, on this device. */
  codeMatched: z.boolean(),
  /** Less careful choices this partner confirmed, and their signature: sent in their own progress slot. */
  confirms: z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(64))),
  signed: z.optional(apartSignedSchema),
  /** Terms in this partner's own words, sent in their own progress slot. */
  custom: z.optional(z.array(customTermSchema).check(z.maxLength(50))),
  otherAnswers: z.optional(answersRecordSchema),
  /** Set once both signed and the agreement is saved on this device. */
  agreementId: z.optional(z.string().check(z.maxLength(64))),
  /** The server said the shared copy is gone (deleted or expired). */
  gone: z.optional(z.boolean()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ApartState = z.infer<typeof apartStateSchema>;

/** What this device tells the other through its own progress slot: built from its state alone. */
export function progressOf(state: ApartState, total: number): ApartProgress {
  const progress: ApartProgress = {
    v: 1,
    name: state.myName,
    answered: state.submitted ? total : Math.min(state.step, total),
    total,
    confirms: { ...state.confirms },
  };
  return {
    ...progress,
    ...(state.apps ? { apps: [...state.apps] } : {}),
    ...(state.signed ? { signed: state.signed } : {}),
    ...(state.custom && state.custom.length > 0 ? { custom: [...state.custom] } : {}),
  };
}

export interface NewApartEntry {
  /** This device's own id for the entry. */
  readonly id: string;
  readonly session: ApartSession;
  readonly myName: string;
  /** The partner who starts chooses them. */
  readonly apps?: readonly AppId[];
  /** The partner who joins learns them from the other's progress, as the join answered. */
  readonly partnerApps?: readonly AppId[];
  /** The other partner's name, when the join showed it. */
  readonly partnerName?: string;
  /** The revision of the first progress write, 0 when it did not land (the next write tries again). */
  readonly progressRev: number;
  readonly now: Date;
}

/** A new entry for this device right after it started or joined: nothing answered yet. */
export function newApartState(entry: NewApartEntry): ApartState {
  const now = entry.now.toISOString();
  return apartStateSchema.parse({
    v: 1,
    id: entry.id,
    session: sessionToStored(entry.session),
    myName: entry.myName,
    ...(entry.apps ? { apps: [...entry.apps] } : {}),
    ...(entry.partnerApps ? { partnerApps: [...entry.partnerApps] } : {}),
    ...(entry.partnerName ? { partnerName: entry.partnerName } : {}),
    answers: {},
    step: 0,
    answersRev: 0,
    progressRev: entry.progressRev,
    submitted: false,
    codeMatched: false,
    confirms: {},
    createdAt: now,
    updatedAt: now,
  });
}

/** The first progress this device sends: its name, nothing answered, and the apps if it chose them. */
export function firstProgress(myName: string, total: number, apps?: readonly AppId[]): ApartProgress {
  return { v: 1, name: myName, answered: 0, total, ...(apps ? { apps: [...apps] } : {}), confirms: {} };
}
