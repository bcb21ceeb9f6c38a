import { z } from 'zod';
import { checkCode } from '../crypto/check-code';
import { openJson, sealJson, type BlobKind, type BlobRole } from '../crypto/envelope';
import { deriveAgreementKeys, hashToken, type AgreementKeys } from '../crypto/keys';
import { createPartnerToken } from '../crypto/partner-token';
import { createAgreementSecret, formatFragment, parseFragment } from '../crypto/secret';
import {
  API_BASE,
  answersResponseSchema,
  createResponseSchema,
  ifMatch,
  inviteResponseSchema,
  joinResponseSchema,
  recordResponseSchema,
  seenResponseSchema,
  statusResponseSchema,
  writeResponseSchema,
  type Blob,
  type Role,
  type StatusResponse,
} from './api-types';
import { fail, ok, type ApartProblem, type Result } from './problems';
import type { ApartSession } from './session';
import { call, type FetchLike } from './transport';

/**
 * A check on everything that arrives from the server, after it decrypted: the UI plugs in the same
 * template and history rules it uses for imported files (for the record, `previous` is the last
 * version this device accepted, so a signed version can never change or disappear).
 */
export type Validator<T> = (value: unknown, context: ValidationContext) => { ok: true; value: T } | { ok: false };

export interface ValidationContext {
  readonly rev: number;
  readonly role: BlobRole;
  /** 'in': decrypted from the server; 'out': about to be sealed and sent (a broken change is never sent). */
  readonly direction: 'in' | 'out';
}

export interface ApartValidators<Answers, Progress, Shared> {
  readonly answers: Validator<Answers>;
  readonly progress: Validator<Progress>;
  readonly record: Validator<Shared>;
}

export interface Versioned<T> {
  readonly rev: number;
  readonly value: T;
}

export interface ApartStatus<Progress> extends Omit<StatusResponse, 'progress'> {
  readonly joined: boolean;
  readonly progress: { readonly a: Versioned<Progress> | null; readonly b: Versioned<Progress> | null };
}

export type StatusPoll<Progress> = { readonly changed: false } | { readonly changed: true; readonly etag: string | null; readonly status: ApartStatus<Progress> };

export interface ApartClientOptions<Answers, Progress, Shared> {
  readonly validators: ApartValidators<Answers, Progress, Shared>;
  /** Origin for the API ('' in the browser: same origin). */
  readonly baseUrl?: string;
  readonly fetch?: FetchLike;
}

/** A refusal passed on as it came (with Retry-After on 429). */
function refusal(answer: { problem: ApartProblem; retryAfter?: number }): Result<never> {
  return fail(answer.problem, answer.retryAfter);
}

/** How many times a record change is re-applied on a newer revision before giving up with 'stale'. */
const REAPPLY_ATTEMPTS = 5;

export function createApartClient<Answers, Progress, Shared>(options: ApartClientOptions<Answers, Progress, Shared>) {
  const fetchFn: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = `${options.baseUrl ?? ''}${API_BASE}`;
  const keyCache = new WeakMap<Uint8Array, Promise<AgreementKeys>>();
  const keysOf = (secret: Uint8Array) => {
    let keys = keyCache.get(secret);
    if (!keys) keyCache.set(secret, (keys = deriveAgreementKeys(secret)));
    return keys;
  };
  const url = (id: string, path = '') => `${base}/${id}${path}`;
  const blobRole = (kind: BlobKind, role: Role): BlobRole => (kind === 'record' ? 'shared' : role);

  async function open<T>(session: ApartSession, kind: BlobKind, role: Role, blob: Blob): Promise<Result<Versioned<T>>> {
    const { id, key } = await keysOf(session.secret);
    const place = { id, role: blobRole(kind, role), kind, rev: blob.rev };
    const opened = await openJson(key, place, blob.data);
    if (!opened.ok) return fail('altered');
    const valid = (options.validators[kind] as unknown as Validator<T>)(opened.value, { rev: blob.rev, role: place.role, direction: 'in' });
    return valid.ok ? ok({ rev: blob.rev, value: valid.value }) : fail('invalid');
  }

  async function openMaybe<T>(session: ApartSession, kind: BlobKind, role: Role, blob: Blob | null): Promise<Result<Versioned<T> | null>> {
    return blob ? open<T>(session, kind, role, blob) : ok(null);
  }

  /** Seals `value` as the slot's next revision and writes it, based on `baseRev`. */
  async function write(session: ApartSession, kind: BlobKind, path: string, method: 'PUT' | 'POST', value: unknown, baseRev: number) {
    const { id, key } = await keysOf(session.secret);
    const rev = baseRev + 1;
    const data = await sealJson(key, { id, role: blobRole(kind, session.role), kind, rev }, value);
    const answer = await call(fetchFn, url(id, path), { method, token: session.partnerToken, body: { data }, ifMatch: ifMatch(baseRev) }, writeResponseSchema);
    if (answer.ok && answer.value.status !== 304 && answer.value.body.rev !== rev) return fail('server');
    return answer.ok ? ok({ rev }) : answer;
  }

  /** My own slot (answers, progress): a stale base means an earlier write of mine landed, so write over it. */
  async function writeMine(session: ApartSession, kind: 'answers' | 'progress', path: string, method: 'PUT' | 'POST', value: unknown, baseRev: number): Promise<Result<{ rev: number }>> {
    if (!options.validators[kind](value, { rev: baseRev + 1, role: session.role, direction: 'out' }).ok) return fail('invalid');
    const first = await write(session, kind, path, method, value, baseRev);
    if (first.ok || first.problem !== 'stale' || !('current' in first)) return first;
    const again = await write(session, kind, path, method, value, first.current?.rev ?? 0);
    return again.ok ? again : fail(again.problem);
  }

  async function decodeStatus(session: ApartSession, raw: StatusResponse): Promise<Result<ApartStatus<Progress>>> {
    if (raw.role !== session.role) return fail('server');
    const a = await openMaybe<Progress>(session, 'progress', 'a', raw.progress.a);
    const b = await openMaybe<Progress>(session, 'progress', 'b', raw.progress.b);
    if (!a.ok) return a;
    if (!b.ok) return b;
    return ok({ ...raw, joined: raw.partners.b !== null, progress: { a: a.value, b: b.value } });
  }

  /** The shared record, decrypted and validated; null before its first write. */
  async function readRecord(session: ApartSession): Promise<Result<Versioned<Shared> | null>> {
    const { id } = await keysOf(session.secret);
    const answer = await call(fetchFn, url(id, '/record'), { method: 'GET', token: session.partnerToken }, recordResponseSchema);
    if (!answer.ok) return refusal(answer);
    if (answer.value.status === 304) return fail('server');
    return openMaybe<Shared>(session, 'record', session.role, answer.value.body.record);
  }

  return {
    /** A starts: a fresh secret and token, the shared copy created. Keep `session`; send `fragment` to B. */
    async start(): Promise<Result<{ session: ApartSession; fragment: string; expiresAt: number }>> {
      const secret = createAgreementSecret();
      const session: ApartSession = { secret, role: 'a', partnerToken: createPartnerToken() };
      const { id, inviteToken } = await keysOf(secret);
      const answer = await call(fetchFn, base, { method: 'POST', token: session.partnerToken, body: { id, inviteHash: await hashToken(inviteToken) } }, createResponseSchema);
      if (!answer.ok) return refusal(answer);
      return answer.value.status === 304 ? fail('server') : ok({ session, fragment: formatFragment(secret), expiresAt: answer.value.body.expiresAt });
    },

    /** For B's join screen: is the invite still open? Changes nothing on the server. */
    async inviteInfo(fragment: string): Promise<Result<{ open: boolean; expiresAt: number }>> {
      const parsed = parseFragment(fragment);
      if (!parsed.ok) return fail('bad-link');
      const { id, inviteToken } = await keysOf(parsed.secret);
      const answer = await call(fetchFn, url(id, '/invite'), { method: 'GET', token: inviteToken }, inviteResponseSchema);
      if (!answer.ok) return refusal(answer);
      return answer.value.status === 304 ? fail('server') : ok(answer.value.body);
    },

    /** B joins: call this only from the join button. 'taken' when another device joined first. */
    async join(fragment: string): Promise<Result<{ session: ApartSession; status: ApartStatus<Progress> }>> {
      const parsed = parseFragment(fragment);
      if (!parsed.ok) return fail('bad-link');
      const session: ApartSession = { secret: parsed.secret, role: 'b', partnerToken: createPartnerToken() };
      const { id, inviteToken } = await keysOf(parsed.secret);
      const answer = await call(fetchFn, url(id, '/join'), { method: 'POST', token: session.partnerToken, body: { invite: inviteToken } }, joinResponseSchema);
      if (!answer.ok) return refusal(answer);
      if (answer.value.status === 304) return fail('server');
      const status = await decodeStatus(session, answer.value.body);
      return status.ok ? ok({ session, status: status.value }) : status;
    },

    /** One poll. Pass the last etag: `changed: false` (a 304) costs the server one row read. Timing is the UI's. */
    async status(session: ApartSession, etag?: string | null): Promise<Result<StatusPoll<Progress>>> {
      const { id } = await keysOf(session.secret);
      const answer = await call(fetchFn, url(id, '/status'), { method: 'GET', token: session.partnerToken, ifNoneMatch: etag ?? undefined }, statusResponseSchema);
      if (!answer.ok) return refusal(answer);
      if (answer.value.status === 304) return ok({ changed: false });
      const status = await decodeStatus(session, answer.value.body);
      return status.ok ? ok({ changed: true, etag: answer.value.etag, status: status.value }) : status;
    },

    /** The words both partners compare; null until B has joined. */
    async checkCode(session: ApartSession, status: Pick<StatusResponse, 'partners'>): Promise<string[] | null> {
      if (!status.partners.b) return null;
      const mine = await hashToken(session.partnerToken);
      // The server must report this device's own token hash in its own place, or the words would pin the wrong device.
      if (status.partners[session.role] !== mine) return null;
      return checkCode(session.secret, status.partners.a, status.partners.b);
    },

    /** Autosave of my sealed answers; `baseRev` is the rev of my last save (0 before the first). */
    saveAnswers: (session: ApartSession, value: Answers, baseRev: number) => writeMine(session, 'answers', '/answers', 'PUT', value, baseRev),
    /** Final: written and frozen in one step. Afterwards every save or submit is 'submitted'. */
    submitAnswers: (session: ApartSession, value: Answers, baseRev: number) => writeMine(session, 'answers', '/answers/submit', 'POST', value, baseRev),
    /** My display name and how far I am, for the other's status poll. */
    saveProgress: (session: ApartSession, value: Progress, baseRev: number) => writeMine(session, 'progress', '/progress', 'PUT', value, baseRev),

    /** Mine always; the other's only once both have submitted (`released`). */
    async readAnswers(session: ApartSession): Promise<Result<{ mine: Versioned<Answers> | null; other: Versioned<Answers> | null; released: boolean }>> {
      const { id } = await keysOf(session.secret);
      const answer = await call(fetchFn, url(id, '/answers'), { method: 'GET', token: session.partnerToken }, answersResponseSchema);
      if (!answer.ok) return refusal(answer);
      if (answer.value.status === 304) return fail('server');
      const { mine, other, released } = answer.value.body;
      const otherRole: Role = session.role === 'a' ? 'b' : 'a';
      const openedMine = await openMaybe<Answers>(session, 'answers', session.role, mine);
      const openedOther = await openMaybe<Answers>(session, 'answers', otherRole, other);
      if (!openedMine.ok) return openedMine;
      if (!openedOther.ok) return openedOther;
      return ok({ mine: openedMine.value, other: openedOther.value, released });
    },

    readRecord,

    /**
     * Changes the shared record: `apply` gets the record as it is (validated) and returns the new
     * one. When the other partner wrote first (409), `apply` runs again on theirs, so neither
     * change is lost. `current` is what this device last read, to save a request.
     */
    async updateRecord(session: ApartSession, apply: (current: Versioned<Shared> | null) => Shared, current?: Versioned<Shared> | null): Promise<Result<Versioned<Shared>>> {
      let base: Versioned<Shared> | null;
      if (current === undefined) {
        const read = await readRecord(session);
        if (!read.ok) return read;
        base = read.value;
      } else {
        base = current;
      }
      for (let attempt = 0; attempt < REAPPLY_ATTEMPTS; attempt += 1) {
        const next = apply(base);
        // What this device sends passes the same rules as what it receives, so a broken change is never sent.
        if (!options.validators.record(next, { rev: (base?.rev ?? 0) + 1, role: 'shared', direction: 'out' }).ok) return fail('invalid');
        const written = await write(session, 'record', '/record', 'PUT', next, base?.rev ?? 0);
        if (written.ok) return ok({ rev: written.value.rev, value: next });
        if (written.problem !== 'stale' || !('current' in written)) return fail(written.problem);
        const latest = await openMaybe<Shared>(session, 'record', session.role, written.current);
        if (!latest.ok) return latest;
        base = latest.value;
      }
      return fail('stale');
    },

    /** "I have seen the record up to `rev`", from this device. */
    async markSeen(session: ApartSession, rev: number): Promise<Result<{ seen: number }>> {
      const { id } = await keysOf(session.secret);
      const answer = await call(fetchFn, url(id, '/seen'), { method: 'POST', token: session.partnerToken, body: { rev } }, seenResponseSchema);
      if (!answer.ok) return refusal(answer);
      return answer.value.status === 304 ? fail('server') : ok(answer.value.body);
    },

    /** Deletes the shared copy for both. What is on each device stays there. */
    async deleteShared(session: ApartSession): Promise<Result<true>> {
      const { id } = await keysOf(session.secret);
      const answer = await call(fetchFn, url(id), { method: 'DELETE', token: session.partnerToken }, z.object({ deleted: z.literal(true) }));
      return answer.ok ? ok(true) : refusal(answer);
    },
  };
}

export type ApartClient<Answers, Progress, Shared> = ReturnType<typeof createApartClient<Answers, Progress, Shared>>;
export type { ApartProblem, Result };
export { PROBLEM_MESSAGES } from './problems';
