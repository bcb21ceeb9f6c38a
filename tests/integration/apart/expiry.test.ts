import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deriveAgreementKeys } from '../../../lib/crypto/keys';
import { ENGINES, deviceClient, expectOk, setUp, type Harness } from './harness';

// Route handlers called directly over SQLite and PostgreSQL; the clock is faked (Date only).
const HOUR = 3_600_000;
let h: Harness;

async function rowCount(id: string): Promise<{ agreements: number; slots: number }> {
  const [agreements] = await h.query<{ n: number | string }>('select count(*) as n from agreements where id = ?', [id]);
  const [slots] = await h.query<{ n: number | string }>('select count(*) as n from slots where agreement_id = ?', [id]);
  return { agreements: Number(agreements?.n), slots: Number(slots?.n) };
}

describe.each(ENGINES)('expiry (%s)', (engine) => {
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    h = await setUp(engine, { APART_INVITE_TTL_HOURS: '2', APART_IDLE_TTL_DAYS: '1' });
  });
  afterAll(async () => {
    await h.close();
    vi.useRealTimers();
  });

  it('ends unjoined invites after their time and abandoned copies after theirs, and says when', async () => {
    const { getApart } = await import('../../../lib/server/apart/runtime');
    const { expireNow } = await import('../../../lib/server/apart/operations');
    const apart = await getApart();

    const lonely = deviceClient(h.fetch);
    const unjoined = expectOk(await lonely.start());
    expect(unjoined.expiresAt).toBe(Date.now() + 2 * HOUR);
    expectOk(await lonely.saveProgress(unjoined.session, { name: 'x', answered: 0, total: 1 }, 0));
    const unjoinedId = (await deriveAgreementKeys(unjoined.session.secret)).id;

    const a = deviceClient(h.fetch);
    const b = deviceClient(h.fetch);
    const pair = expectOk(await a.start());
    const { session: sessionB } = expectOk(await b.join(pair.fragment));
    const pairId = (await deriveAgreementKeys(pair.session.secret)).id;

    vi.setSystemTime(Date.now() + 2 * HOUR + 1);
    // Expired before any sweep: the same 404 at once.
    expect(await lonely.inviteInfo(unjoined.fragment)).toEqual({ ok: false, problem: 'not-found' });
    expect(await rowCount(unjoinedId)).toEqual({ agreements: 1, slots: 1 });
    // Every instance may sweep at the same moment.
    const removed = await Promise.all([expireNow(apart), expireNow(apart), expireNow(apart)]);
    expect(removed.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(await rowCount(unjoinedId)).toEqual({ agreements: 0, slots: 0 });

    // The joined pair lives on while either writes; its end moves with each write.
    expectOk(await b.saveProgress(sessionB, { name: 'y', answered: 1, total: 1 }, 0));
    const polled = expectOk(await a.status(pair.session));
    expect(polled.changed && polled.status.expiresAt).toBe(Date.now() + 24 * HOUR);
    expect((await rowCount(pairId)).agreements).toBe(1);

    vi.setSystemTime(Date.now() + 24 * HOUR + 1);
    expect(await a.status(pair.session)).toEqual({ ok: false, problem: 'not-found' });
    expect(await expireNow(apart)).toBe(1);
    expect(await rowCount(pairId)).toEqual({ agreements: 0, slots: 0 });
  });
});
