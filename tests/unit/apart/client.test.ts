import { describe, expect, it } from 'vitest';
import { createApartClient } from '../../../lib/apart/client';
import type { ApartSession } from '../../../lib/apart/session';
import { sessionFromStored, sessionToStored } from '../../../lib/apart/session';
import { sealJson } from '../../../lib/crypto/envelope';
import { deriveAgreementKeys, hashToken } from '../../../lib/crypto/keys';
import { createPartnerToken } from '../../../lib/crypto/partner-token';
import { createAgreementSecret } from '../../../lib/crypto/secret';

const pass = (value: unknown) => ({ ok: true as const, value });
const clientWith = (fetch: (input: string, init: RequestInit) => Promise<Response>) =>
  createApartClient<unknown, unknown, unknown>({ fetch, validators: { answers: pass, progress: pass, record: pass } });
const session = (): ApartSession => ({ secret: createAgreementSecret(), role: 'b', partnerToken: createPartnerToken() });
const jsonAnswer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

async function statusBody(s: ApartSession, progressB: { rev: number; data: string } | null) {
  return {
    rev: 4,
    role: s.role,
    partners: { a: await hashToken(createPartnerToken()), b: await hashToken(s.partnerToken) },
    submitted: { a: false, b: false },
    seen: { a: 0, b: 0 },
    recordRev: 0,
    progress: { a: null, b: progressB },
    expiresAt: 0,
  };
}

describe('apart client', () => {
  it('says offline when the server cannot be reached, and never throws', async () => {
    const client = clientWith(async () => {
      throw new TypeError('fetch failed');
    });
    expect(await client.status(session())).toEqual({ ok: false, problem: 'offline' });
  });

  it('treats an answer that does not fit the shared schema as a server problem', async () => {
    const client = clientWith(async () => jsonAnswer(200, { rev: 'seven' }));
    expect(await client.status(session())).toEqual({ ok: false, problem: 'server' });
  });

  it('passes on Retry-After with a 429', async () => {
    const client = clientWith(async () => jsonAnswer(429, { error: 'rate-limited' }, { 'Retry-After': '12' }));
    expect(await client.readRecord(session())).toEqual({ ok: false, problem: 'rate-limited', retryAfter: 12 });
  });

  it('refuses a progress blob moved from A to B by the server, and accepts it in its own place', async () => {
    const s = session();
    const { id, key } = await deriveAgreementKeys(s.secret);
    const sealedForA = await sealJson(key, { id, role: 'a', kind: 'progress', rev: 1 }, { name: 'A', answered: 1, total: 2 });
    const swapped = clientWith(async () => jsonAnswer(200, await statusBody(s, { rev: 1, data: sealedForA })));
    expect(await swapped.status(s)).toEqual({ ok: false, problem: 'altered' });

    const sealedForB = await sealJson(key, { id, role: 'b', kind: 'progress', rev: 1 }, { name: 'B', answered: 1, total: 2 });
    const honest = clientWith(async () => jsonAnswer(200, await statusBody(s, { rev: 1, data: sealedForB }), { ETag: '"r4"' }));
    const polled = await honest.status(s);
    expect(polled.ok && polled.value.changed && polled.value.status.progress.b?.value).toEqual({ name: 'B', answered: 1, total: 2 });
  });

  it('gives no check code when the server puts another hash in this device\'s place', async () => {
    const s = session();
    const client = clientWith(async () => jsonAnswer(500, {}));
    const partners = { a: await hashToken(createPartnerToken()), b: await hashToken(createPartnerToken()) };
    expect(await client.checkCode(s, { partners })).toBeNull();
    expect(await client.checkCode(s, { partners: { ...partners, b: await hashToken(s.partnerToken) } })).toHaveLength(4);
  });

  it('never sends a value its own validator refuses', async () => {
    let requests = 0;
    const client = createApartClient<{ n: number }, unknown, unknown>({
      fetch: async () => {
        requests += 1;
        return jsonAnswer(200, { rev: 1 });
      },
      validators: { answers: (value) => (typeof (value as { n?: unknown }).n === 'number' ? { ok: true, value: value as { n: number } } : { ok: false }), progress: pass, record: pass },
    });
    expect(await client.saveAnswers(session(), { n: 'x' } as unknown as { n: number }, 0)).toEqual({ ok: false, problem: 'invalid' });
    expect(requests).toBe(0);
  });

  it('keeps a session as plain data and reads it back; anything else is null', () => {
    const s = session();
    const back = sessionFromStored(JSON.parse(JSON.stringify(sessionToStored(s))));
    expect(back && [...back.secret]).toEqual([...s.secret]);
    expect(back?.partnerToken).toBe(s.partnerToken);
    expect(sessionFromStored({ ...sessionToStored(s), fragment: '#v1.short' })).toBeNull();
    expect(sessionFromStored(null)).toBeNull();
  });
});
