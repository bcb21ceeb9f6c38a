import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { statusEtag, type AnswersResponse, type Blob, type CreateRequest, type CreateResponse, type InviteResponse, type RecordResponse, type Role, type StatusResponse } from '../../apart/api-types';
import type { AgreementRow, SlotName, SlotRow } from '../store/store';
import { ApiError, badRequest, notFound } from './http';
import type { Apart } from './runtime';

/**
 * Every apart-mode operation, one function each. They never see a name, an answer or a term: only
 * ids, token hashes, revisions, times and sealed bytes. Unknown, wrong-token, deleted and expired
 * agreements all end in the same 404.
 */
export type BlobKindOnServer = 'answers' | 'progress' | 'record';

const sha256 = (token: string): Buffer => createHash('sha256').update(Buffer.from(token, 'base64url')).digest();
const same = (a: Uint8Array | null, b: Uint8Array): boolean => a !== null && a.length === b.length && timingSafeEqual(a, b);
const other = (role: Role): Role => (role === 'a' ? 'b' : 'a');
const toBlob = (slot: SlotRow | undefined): Blob | null => (slot ? { rev: slot.rev, data: Buffer.from(slot.data).toString('base64url') } : null);

export function expiresAt({ config }: Apart, agreement: AgreementRow): number {
  const idle = agreement.activeAt + config.idleTtlMs;
  return agreement.joinedAt === null ? Math.min(agreement.createdAt + config.inviteTtlMs, idle) : idle;
}

/** The agreement, if it exists and has not expired (a sweep may not have run yet: expiry holds anyway). */
async function live(apart: Apart, id: string): Promise<AgreementRow> {
  const agreement = await apart.store.getAgreement(id);
  if (!agreement || expiresAt(apart, agreement) <= Date.now()) throw notFound();
  return agreement;
}

/** Which partner this token belongs to; anything else is the uniform 404. */
export async function authenticate(apart: Apart, id: string, token: string | null): Promise<{ agreement: AgreementRow; role: Role }> {
  if (!token) throw notFound();
  const agreement = await live(apart, id);
  const hash = sha256(token);
  if (same(agreement.aHash, hash)) return { agreement, role: 'a' };
  if (same(agreement.bHash, hash)) return { agreement, role: 'b' };
  throw notFound();
}

export async function createAgreement(apart: Apart, token: string | null, { id, inviteHash }: CreateRequest): Promise<CreateResponse> {
  if (!token) throw badRequest();
  const row = { id, inviteHash: Buffer.from(inviteHash, 'base64url'), aHash: sha256(token), now: Date.now() };
  if (!(await apart.store.createAgreement(row))) {
    // The same request sent twice (a retry after a lost answer) succeeds; anything else is refused.
    const existing = await live(apart, id).catch(() => null);
    if (!existing || !same(existing.aHash, row.aHash) || !same(existing.inviteHash, row.inviteHash)) throw new ApiError(409, 'taken');
  }
  const agreement = await live(apart, id);
  return { role: 'a', rev: agreement.rev, expiresAt: expiresAt(apart, agreement) };
}

/** Reads an invite for the join screen. Changes nothing: link previews and mail scanners may call it. */
export async function readInvite(apart: Apart, id: string, inviteToken: string | null): Promise<InviteResponse> {
  if (!inviteToken) throw notFound();
  const agreement = await live(apart, id);
  if (!same(agreement.inviteHash, sha256(inviteToken))) throw notFound();
  return { open: agreement.bHash === null, expiresAt: expiresAt(apart, agreement) };
}

/** The first device to join becomes B; the same device asking again is fine; any other is refused. */
export async function joinAgreement(apart: Apart, id: string, token: string | null, inviteToken: string): Promise<StatusResponse> {
  if (!token) throw badRequest();
  const agreement = await live(apart, id);
  if (!same(agreement.inviteHash, sha256(inviteToken))) throw notFound();
  const hash = sha256(token);
  if (same(agreement.aHash, hash)) throw new ApiError(409, 'taken');
  if (!(await apart.store.join(id, hash, Date.now()))) {
    const now = await live(apart, id);
    if (!same(now.bHash, hash)) throw new ApiError(409, 'taken');
  }
  return (await readStatus(apart, id, token, null)).status as StatusResponse;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  return (ifNoneMatch ?? '').split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The small answer a device polls. When nothing changed (If-None-Match) it costs one row read. */
export async function readStatus(apart: Apart, id: string, token: string | null, ifNoneMatch: string | null): Promise<{ etag: string; status: StatusResponse | null }> {
  const { agreement, role } = await authenticate(apart, id, token);
  const etag = statusEtag(agreement.rev);
  if (matches(ifNoneMatch, etag)) return { etag, status: null };
  const slots = await apart.store.getSlots(id, ['progress-a', 'progress-b', 'record']);
  const find = (name: SlotName) => slots.find((slot) => slot.name === name);
  const text = (hash: Uint8Array) => Buffer.from(hash).toString('base64url');
  return {
    etag,
    status: {
      rev: agreement.rev,
      role,
      partners: { a: text(agreement.aHash), b: agreement.bHash ? text(agreement.bHash) : null },
      submitted: { a: agreement.submittedAt.a !== null, b: agreement.submittedAt.b !== null },
      seen: agreement.seen,
      recordRev: find('record')?.rev ?? 0,
      progress: { a: toBlob(find('progress-a')), b: toBlob(find('progress-b')) },
      expiresAt: expiresAt(apart, agreement),
    },
  };
}

export interface SlotWriteInput {
  readonly kind: BlobKindOnServer;
  readonly baseRev: number | null;
  readonly data: string;
  /** Only for answers: this write is the final submission. */
  readonly submit?: boolean;
}

/**
 * One write to a slot, based on the revision the device last saw (If-Match). Sealed answers are
 * frozen once submitted; the shared record opens only when both have submitted.
 */
export async function writeSlot(apart: Apart, id: string, token: string | null, input: SlotWriteInput): Promise<{ rev: number }> {
  const { role } = await authenticate(apart, id, token);
  if (input.baseRev === null) throw badRequest();
  const slot: SlotName = input.kind === 'record' ? 'record' : `${input.kind}-${role}`;
  const result = await apart.store.writeSlot({
    id,
    slot,
    baseRev: input.baseRev,
    data: Buffer.from(input.data, 'base64url'),
    now: Date.now(),
    frozenFor: input.kind === 'answers' ? role : undefined,
    submitAs: input.kind === 'answers' && input.submit ? role : undefined,
    needsBothSubmitted: input.kind === 'record',
  });
  if (result.ok) return { rev: result.rev };
  if (result.problem === 'not-found') throw notFound();
  if (result.problem === 'stale') throw new ApiError(409, 'stale', { current: toBlob(result.current ?? undefined) });
  throw new ApiError(409, result.problem);
}

/** My own sealed answers always; the other's only once both have submitted (the server enforces the seal). */
export async function readAnswers(apart: Apart, id: string, token: string | null): Promise<AnswersResponse> {
  const { agreement, role } = await authenticate(apart, id, token);
  const released = agreement.submittedAt.a !== null && agreement.submittedAt.b !== null;
  const names: SlotName[] = released ? ['answers-a', 'answers-b'] : [`answers-${role}`];
  const slots = await apart.store.getSlots(id, names);
  const find = (r: Role) => slots.find((slot) => slot.name === `answers-${r}`);
  return { mine: toBlob(find(role)), other: released ? toBlob(find(other(role))) : null, released };
}

export async function readRecord(apart: Apart, id: string, token: string | null): Promise<RecordResponse> {
  await authenticate(apart, id, token);
  const [record] = await apart.store.getSlots(id, ['record']);
  return { record: toBlob(record) };
}

/** "Seen" comes from the partner's own device (their token), up to the record's current revision. */
export async function markSeen(apart: Apart, id: string, token: string | null, rev: number): Promise<{ seen: number }> {
  const { role } = await authenticate(apart, id, token);
  const [record] = await apart.store.getSlots(id, ['record']);
  if (rev > (record?.rev ?? 0)) throw badRequest();
  const seen = await apart.store.markSeen(id, role, rev, Date.now());
  if (seen === null) throw notFound();
  return { seen };
}

/** Hard delete by either partner: no tombstone, and the same 404 as for an agreement that never was. */
export async function deleteAgreement(apart: Apart, id: string, token: string | null): Promise<void> {
  await authenticate(apart, id, token);
  if (!(await apart.store.deleteAgreement(id))) throw notFound();
}

/** Removes expired invites, abandoned copies and old rate counters. Safe on every instance at once. */
export async function expireNow({ config, store }: Apart, now = Date.now()): Promise<number> {
  return store.expire({
    unjoinedCreatedBefore: now - config.inviteTtlMs,
    inactiveBefore: now - config.idleTtlMs,
    rateWindowBefore: Math.floor(now / config.rateWindowMs) - 1,
  });
}
