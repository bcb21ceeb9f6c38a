import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveAgreementKeys } from '../../../lib/crypto/keys';
import { createPartnerToken } from '../../../lib/crypto/partner-token';
import { ENGINES, deviceClient, expectOk, setUp, type Harness } from './harness';

// Route handlers called directly with `new Request(...)` over SQLite and PostgreSQL, with small limits
// and one trusted proxy in front (so X-Forwarded-For's last entry is the client address).
let h: Harness;
const SETTINGS = {
  APART_MAX_BODY_BYTES: '4096',
  APART_RATE_PER_AGREEMENT: '25',
  APART_RATE_PER_ADDRESS: '30',
  APART_RATE_CREATE_PER_ADDRESS: '4',
  APART_TRUSTED_PROXIES: '1',
};

let addressCounter = 0;
/** A well-formed id nobody created (each its own, so per-agreement counters stay out of the way). */
const randomId = () => createPartnerToken().slice(0, 22);
/** A fetch from its own client address, as the proxy would report it. */
const fromNewAddress = () => h.fetchWith({ 'X-Forwarded-For': `203.0.113.${++addressCounter}` });

async function joinedPair() {
  const fetch = fromNewAddress();
  const a = deviceClient(fetch);
  const b = deviceClient(fetch);
  const { session: sessionA, fragment } = expectOk(await a.start());
  const { session: sessionB } = expectOk(await b.join(fragment));
  const { id } = await deriveAgreementKeys(sessionA.secret);
  return { a, b, sessionA, sessionB, fragment, id, fetch };
}

function expectApiHeaders(response: Response) {
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; frame-ancestors 'none'/);
  expect(response.headers.get('permissions-policy')).toContain('camera=()');
}

describe.each(ENGINES)('limits and uniform answers (%s)', (engine) => {
  beforeAll(async () => {
    h = await setUp(engine, SETTINGS);
  });
  afterAll(() => h.close());

  it('answers 413 past the size limit, whether or not the length is declared, and keeps what was saved', async () => {
    const { a, sessionA, id, fetch } = await joinedPair();
    expectOk(await a.saveAnswers(sessionA, { name: 'x', answers: {} }, 0));
    expect(await a.saveAnswers(sessionA, { name: 'x', answers: { long: 'y'.repeat(5000) } }, 1)).toEqual({ ok: false, problem: 'too-large' });

    const declared = await fetch(`/api/apart/${id}/answers`, { method: 'PUT', headers: { Authorization: `Bearer ${sessionA.partnerToken}`, 'If-Match': '"1"' }, body: JSON.stringify({ data: 'A'.repeat(8000) }) });
    expect(declared.status).toBe(413);
    expectApiHeaders(declared);
    const chunk = new TextEncoder().encode('A'.repeat(1000));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await fetch(`/api/apart/${id}/answers`, { method: 'PUT', headers: { Authorization: `Bearer ${sessionA.partnerToken}`, 'If-Match': '"1"' }, body: stream, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toEqual({ error: 'too-large' });
    expect(expectOk(await a.readAnswers(sessionA)).mine).toEqual({ rev: 1, value: { name: 'x', answers: {} } });
  });

  it('answers 429 with Retry-After past the per-agreement limit, from any address, and leaves other agreements alone', async () => {
    const { sessionA, id } = await joinedPair();
    const other = await joinedPair();
    let last: Response | undefined;
    for (let i = 0; i < 26; i += 1) {
      last = await fromNewAddress()(`/api/apart/${id}/status`, { method: 'GET', headers: { Authorization: `Bearer ${sessionA.partnerToken}` } });
      if (i < 22) expect(last.status).toBe(200);
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last?.json()).toEqual({ error: 'rate-limited' });
    expectApiHeaders(last!);
    expect(expectOk(await other.a.status(other.sessionA)).changed).toBe(true);
  });

  it('counts per address, also for unknown agreements, and a client cannot pick its own address behind the proxy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      // The client sends its own X-Forwarded-For; the trusted proxy appends the real address.
      const spoofing = h.fetchWith({ 'X-Forwarded-For': `198.51.100.${i}, 192.0.2.77` });
      statuses.push((await spoofing(`/api/apart/${randomId()}/status`, { method: 'GET', headers: { Authorization: `Bearer ${createPartnerToken()}` } })).status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 404)).toBe(true);
    expect(statuses[30]).toBe(429);
    const elsewhere = await fromNewAddress()(`/api/apart/${randomId()}/status`, { method: 'GET', headers: { Authorization: `Bearer ${createPartnerToken()}` } });
    expect(elsewhere.status).toBe(404);
  });

  it('limits how many agreements one address creates', async () => {
    const fetch = fromNewAddress();
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await deviceClient(fetch).start());
    expect(results.slice(0, 4).every((result) => result.ok)).toBe(true);
    expect(results[4]).toMatchObject({ ok: false, problem: 'rate-limited' });
  });

  it('gives one and the same 404 for an unknown id, a wrong token, no token, a malformed id and a deleted agreement', async () => {
    const { sessionA, sessionB, b, id, fragment } = await joinedPair();
    const ask = (path: string, token?: string) => fromNewAddress()(path, { method: 'GET', headers: token ? { Authorization: `Bearer ${token}` } : {} });
    const answers = [
      await ask(`/api/apart/${randomId()}/status`, sessionA.partnerToken),
      await ask(`/api/apart/${id}/status`, createPartnerToken()),
      await ask(`/api/apart/${id}/status`),
      await ask(`/api/apart/${id}/status`, 'not-a-token'),
      await ask(`/api/apart/not-an-id/status`, sessionA.partnerToken),
      await ask(`/api/apart/${id}/invite`, sessionA.partnerToken),
    ];
    expectOk(await b.deleteShared(sessionB));
    answers.push(await ask(`/api/apart/${id}/status`, sessionA.partnerToken), await ask(`/api/apart/${id}/record`, sessionB.partnerToken));
    expect(await b.inviteInfo(fragment)).toEqual({ ok: false, problem: 'not-found' });
    const shapes = await Promise.all(answers.map(async (response) => ({ status: response.status, body: await response.text(), headers: [...response.headers.keys()].sort() })));
    for (const shape of shapes) expect(shape).toEqual(shapes[0]);
    expect(shapes[0]?.status).toBe(404);
    expect(shapes[0]?.body).toBe('{"error":"not-found"}');
    for (const response of answers) expectApiHeaders(response);
  });

  it('answers 304 with the same ETag while nothing changed, and 200 once something did', async () => {
    const { a, sessionA, sessionB, id, fetch } = await joinedPair();
    const poll = (etag?: string) => fetch(`/api/apart/${id}/status`, { method: 'GET', headers: { Authorization: `Bearer ${sessionB.partnerToken}`, ...(etag ? { 'If-None-Match': etag } : {}) } });
    const first = await poll();
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"r\d+"$/);
    const again = await poll(etag);
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    expectApiHeaders(again);
    expectOk(await a.saveProgress(sessionA, { name: 'n', answered: 1, total: 2 }, 0));
    expect((await poll(etag)).status).toBe(200);
  });

  it('refuses malformed bodies and a write without If-Match with 400, changing nothing', async () => {
    const { sessionA, id, fetch } = await joinedPair();
    const put = (headers: Record<string, string>, body: string) => fetch(`/api/apart/${id}/progress`, { method: 'PUT', headers: { Authorization: `Bearer ${sessionA.partnerToken}`, ...headers }, body });
    for (const response of [await put({}, JSON.stringify({ data: 'A'.repeat(64) })), await put({ 'If-Match': '"0"' }, '{not json'), await put({ 'If-Match': '"0"' }, JSON.stringify({ data: 'A'.repeat(64), extra: 1 }))]) {
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'bad-request' });
      expectApiHeaders(response);
    }
  });

  it('keeps the bench baseline route off unless it is turned on', async () => {
    const response = await h.fetch('/api/bench/constant', { method: 'GET' });
    expect(response.status).toBe(404);
    expectApiHeaders(response);
  });

  it('answers the health check with 200 while the store answers and 503 once it does not, with no detail', async () => {
    const healthy = await h.fetch('/api/health', { method: 'GET' });
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toEqual({ status: 'ok' });
    expectApiHeaders(healthy);
    const { getApart } = await import('../../../lib/server/apart/runtime');
    await (await getApart()).store.close();
    const down = await h.fetch('/api/health', { method: 'GET' });
    expect(down.status).toBe(503);
    expect(await down.text()).toBe('{"error":"unavailable"}');
    expectApiHeaders(down);
  });
});
