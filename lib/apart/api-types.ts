import { z } from 'zod';

// Zod probes `new Function` once; a strict CSP reports that probe as a violation even though it is caught.
z.config({ jitless: true });

/**
 * The apart-mode API, as zod schemas shared by the route handlers (which parse every request with
 * them) and the client (which parses every answer with them). Blobs are sealed envelopes as
 * base64url: the server stores and returns them without being able to read them.
 */
export const API_BASE = '/api/apart';

const base64url = (min: number, max: number) => z.string().min(min).max(max).regex(/^[A-Za-z0-9_-]+$/);
/** 16 bytes as base64url. */
export const agreementIdSchema = base64url(22, 22);
/** 32 bytes as base64url: tokens and token hashes. */
export const tokenSchema = base64url(43, 43);
/** A sealed envelope; the size limit of a request bounds it first. */
export const blobDataSchema = base64url(40, 2_000_000);
export const revSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const roleSchema = z.enum(['a', 'b']);
export type Role = z.infer<typeof roleSchema>;

export const blobSchema = z.object({ rev: revSchema.min(1), data: blobDataSchema });
export type Blob = z.infer<typeof blobSchema>;

// POST /api/apart   (Authorization: Bearer <A's partner token>)
export const createRequestSchema = z.object({ id: agreementIdSchema, inviteHash: tokenSchema }).strict();
export type CreateRequest = z.infer<typeof createRequestSchema>;
export const createResponseSchema = z.object({ role: z.literal('a'), rev: revSchema, expiresAt: z.number().int() });
export type CreateResponse = z.infer<typeof createResponseSchema>;

// GET /api/apart/[id]/invite   (Authorization: Bearer <invite token>): reads only, changes nothing
export const inviteResponseSchema = z.object({ open: z.boolean(), expiresAt: z.number().int() });
export type InviteResponse = z.infer<typeof inviteResponseSchema>;

// POST /api/apart/[id]/join   (Authorization: Bearer <B's partner token>), from a button only
export const joinRequestSchema = z.object({ invite: tokenSchema }).strict();
export type JoinRequest = z.infer<typeof joinRequestSchema>;

export const partnersSchema = z.object({ a: tokenSchema, b: tokenSchema.nullable() });

// GET /api/apart/[id]/status   ETag "r<rev>", 304 on If-None-Match
export const statusResponseSchema = z.object({
  rev: revSchema,
  role: roleSchema,
  /** SHA-256 of each partner's token: input for the check code. */
  partners: partnersSchema,
  submitted: z.object({ a: z.boolean(), b: z.boolean() }),
  /** The shared record's revision each partner has confirmed seeing, from their own device. */
  seen: z.object({ a: revSchema, b: revSchema }),
  recordRev: revSchema,
  progress: z.object({ a: blobSchema.nullable(), b: blobSchema.nullable() }),
  expiresAt: z.number().int(),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;
export const joinResponseSchema = statusResponseSchema;

// PUT answers / POST answers/submit / PUT progress / PUT record   (If-Match: "<rev the write is based on>")
export const writeRequestSchema = z.object({ data: blobDataSchema }).strict();
export type WriteRequest = z.infer<typeof writeRequestSchema>;
export const writeResponseSchema = z.object({ rev: revSchema.min(1) });
export type WriteResponse = z.infer<typeof writeResponseSchema>;

// GET /api/apart/[id]/answers: the other's answers only once both have submitted
export const answersResponseSchema = z.object({ mine: blobSchema.nullable(), other: blobSchema.nullable(), released: z.boolean() });
export type AnswersResponse = z.infer<typeof answersResponseSchema>;

// GET /api/apart/[id]/record
export const recordResponseSchema = z.object({ record: blobSchema.nullable() });
export type RecordResponse = z.infer<typeof recordResponseSchema>;

// POST /api/apart/[id]/seen
export const seenRequestSchema = z.object({ rev: revSchema }).strict();
export const seenResponseSchema = z.object({ seen: revSchema });

/** Every refusal has one of these codes; 404 is the same for unknown, wrong-token, deleted and expired. */
export const ERROR_CODES = [
  'bad-request',
  'not-found',
  'taken',
  'stale',
  'submitted',
  'not-ready',
  'too-large',
  'rate-limited',
  'unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export const errorResponseSchema = z.object({
  error: z.enum(ERROR_CODES),
  /** On 'stale': the slot as it is now, so the client can re-apply its change without another request. */
  current: blobSchema.nullable().optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** The revision a write is based on travels in If-Match as `"<rev>"`; the status ETag is `"r<rev>"`. */
export const ifMatch = (rev: number): string => `"${rev}"`;
export const statusEtag = (rev: number): string => `"r${rev}"`;
export function parseIfMatch(header: string | null): number | null {
  const match = /^"(\d{1,15})"$/.exec(header?.trim() ?? '');
  return match ? Number(match[1]) : null;
}
