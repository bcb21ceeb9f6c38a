import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deriveAgreementKeys } from '../../../lib/crypto/keys';
import { deviceClient, expectOk, setUp, type Harness } from './harness';

// Route handlers called directly over a real SQLite file; the clock is faked (Date only).
const HOUR = 3_600_000;
let h: Harness;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
  h = await setUp({ APART_INVITE_TTL_HOURS: '2', APART_IDLE_TTL_DAYS: '1' });
});
afterAll(() => vi.useRealTimers());

function rowCount(id: string): { agreements: number; slots: number } {
  const db = new BetterSqlite3(h.file, { readonly: true });
  const agreements = (db.prepare('select count(*) as n from agreements where id = ?').get(id) as { n: number }).n;
  const slots = (db.prepare('select count(*) as n from slots where agreement_id = ?').get(id) as { n: number }).n;
  db.close();
  return { agreements, slots };
}

describe('expiry', () => {
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
    expect(rowCount(unjoinedId)).toEqual({ agreements: 1, slots: 1 });
    // Every instance may sweep at the same moment.
    const removed = await Promise.all([expireNow(apart), expireNow(apart), expireNow(apart)]);
    expect(removed.reduce((sum, n) => sum + n, 0)).toBe(1);
    expect(rowCount(unjoinedId)).toEqual({ agreements: 0, slots: 0 });

    // The joined pair lives on while either writes; its end moves with each write.
    expectOk(await b.saveProgress(sessionB, { name: 'y', answered: 1, total: 1 }, 0));
    const polled = expectOk(await a.status(pair.session));
    expect(polled.changed && polled.status.expiresAt).toBe(Date.now() + 24 * HOUR);
    expect(rowCount(pairId).agreements).toBe(1);

    vi.setSystemTime(Date.now() + 24 * HOUR + 1);
    expect(await a.status(pair.session)).toEqual({ ok: false, problem: 'not-found' });
    expect(await expireNow(apart)).toBe(1);
    expect(rowCount(pairId)).toEqual({ agreements: 0, slots: 0 });
  });
});
