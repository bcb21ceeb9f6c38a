import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../../lib/server/store/postgres';
import type { KyselyStore } from '../../../lib/server/store/kysely-store';
import { freshPostgresDatabase } from './harness';

// The PostgreSQL store on its own, as several instances see it: two stores (two pools) over one
// fresh database on the server TEST_DATABASE_URL names. Skipped when it names none; .ci/run sets it.
const ID = 'BBBBBBBBBBBBBBBBBBBBBB';
const bytes = (fill: number) => new Uint8Array(32).fill(fill);

describe.runIf(process.env.TEST_DATABASE_URL)('postgres store, two instances over one database', () => {
  let url = '';
  let drop = async () => {};
  let one: KyselyStore;
  let two: KyselyStore;
  let raw: pg.Pool;
  beforeAll(async () => {
    ({ url, drop } = await freshPostgresDatabase());
    // Both start at the same moment: the Migrator's advisory lock lets one migrate, the other waits and finds it done.
    [one, two] = await Promise.all([openPostgresStore(url, { poolMax: 4 }), openPostgresStore(url, { poolMax: 4 })]);
    raw = new pg.Pool({ connectionString: url, max: 1 });
    raw.on('error', () => {});
  });
  afterAll(async () => {
    await Promise.all([one.close(), two.close(), raw.end()]);
    await drop();
  });

  it('migrates once, keeps rate counters unlogged and the couple\'s data logged, and speaks numbers', async () => {
    expect((await raw.query('select name from kysely_migration order by name')).rows.map((row) => row.name)).toEqual(['0001-apart', '0002-unlogged-rate-limits']);
    const persistence = await raw.query("select relname, relpersistence from pg_class where relname in ('agreements', 'slots', 'meta', 'rate_limits') order by relname");
    expect(Object.fromEntries(persistence.rows.map((row) => [row.relname, row.relpersistence]))).toEqual({ agreements: 'p', meta: 'p', rate_limits: 'u', slots: 'p' });
    expect(await one.createAgreement({ id: ID, inviteHash: bytes(1), aHash: bytes(2), now: 1_764_000_000_000 })).toBe(true);
    expect(await two.createAgreement({ id: ID, inviteHash: bytes(3), aHash: bytes(4), now: 1 })).toBe(false);
    const seenByTwo = await two.getAgreement(ID);
    expect(seenByTwo).toMatchObject({ rev: 1, createdAt: 1_764_000_000_000, joinedAt: null, seen: { a: 0, b: 0 } });
    expect(typeof seenByTwo?.rev).toBe('number');
    expect([...seenByTwo!.aHash]).toEqual([...bytes(2)]);
  });

  it('lets exactly one of two instances make B, and loses no write when both write one slot at once', async () => {
    const joins = await Promise.all([one.join(ID, bytes(5), 2), two.join(ID, bytes(6), 2)]);
    expect(joins.filter(Boolean)).toHaveLength(1);
    const writes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).writeSlot({ id: ID, slot: 'record', baseRev: 0, data: Uint8Array.of(i), now: 3, needsBothSubmitted: false })),
    );
    // Twenty writes based on the same revision: one wins, nineteen are told it moved on (none silently lost).
    expect(writes.filter((write) => write.ok)).toHaveLength(1);
    expect(writes.filter((write) => !write.ok && write.problem === 'stale')).toHaveLength(19);
  });

  it('freezes a submission even when the two instances race to change it', async () => {
    const base = (await one.getSlots(ID, ['answers-a']))[0]?.rev ?? 0;
    const [submit, save] = await Promise.all([
      one.writeSlot({ id: ID, slot: 'answers-a', baseRev: base, data: Uint8Array.of(1), now: 4, frozenFor: 'a', submitAs: 'a' }),
      two.writeSlot({ id: ID, slot: 'answers-a', baseRev: base, data: Uint8Array.of(2), now: 4, frozenFor: 'a' }),
    ]);
    expect([submit.ok, save.ok].filter(Boolean)).toHaveLength(1);
    const after = await two.writeSlot({ id: ID, slot: 'answers-a', baseRev: base + 1, data: Uint8Array.of(3), now: 5, frozenFor: 'a' });
    if (submit.ok) expect(after).toEqual({ ok: false, problem: 'submitted' });
  });

  it('counts rate limits across both instances, exactly', async () => {
    const hits = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? one : two).hitRateLimits(['c:x', 'a:y'], 9)));
    expect(hits.map(([count]) => count ?? 0).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect((await one.hitRateLimits(['a:y', 'c:x'], 9))).toEqual([41, 41]);
    expect((await two.hitRateLimits(['c:x'], 10))).toEqual([1]);
  });

  it('sweeps safely on both instances at once: each expired copy is removed once, a live one stays', async () => {
    for (let i = 0; i < 10; i += 1) await one.createAgreement({ id: `C${String(i).padStart(21, 'C')}`, inviteHash: bytes(7), aHash: bytes(8), now: 10 });
    const cutoffs = { unjoinedCreatedBefore: 100, inactiveBefore: 0, rateWindowBefore: 10 };
    const removed = await Promise.all([one.expire(cutoffs), two.expire(cutoffs), one.expire(cutoffs), two.expire(cutoffs)]);
    const again = await one.expire(cutoffs);
    // The first sweep takes the ten unjoined ones; the joined agreement stays, and so does the newest window's counter.
    expect(removed.reduce((sum, n) => sum + n, 0) + again).toBe(10);
    expect(await two.getAgreement(ID)).not.toBeNull();
    expect((await raw.query('select key from rate_limits order by key')).rows.map((row) => row.key)).toEqual(['c:x']);
  });

  it('names the cause when the database cannot be reached, and never the password', async () => {
    const refused = new URL(url);
    refused.port = '1';
    refused.password = 'hunter2-secret';
    await expect(openPostgresStore(refused.toString(), { poolMax: 1 })).rejects.toThrow(/^The database could not be prepared: .*ECONNREFUSED/);
    const missing = new URL(url);
    missing.pathname = '/no_such_database';
    const error = await openPostgresStore(missing.toString(), { poolMax: 1 }).catch((caught: Error) => caught);
    expect(String(error)).toMatch(/database "no_such_database" does not exist/);
    refused.hostname = 'localhost';
    const failure = await openPostgresStore(refused.toString(), { poolMax: 1 }).catch((caught: Error) => caught);
    expect(String(failure)).toMatch(/ECONNREFUSED/);
    expect(String(failure)).not.toContain('hunter2');
  });

  it('gets one address secret for every instance, whoever stores it first', async () => {
    const [a, b] = await Promise.all([one.getOrCreateMeta('address-secret', bytes(9)), two.getOrCreateMeta('address-secret', bytes(10))]);
    expect([...a]).toEqual([...b]);
  });
});
