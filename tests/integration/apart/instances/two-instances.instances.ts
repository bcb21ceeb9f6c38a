import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveAgreementKeys } from '../../../../lib/crypto/keys';
import { deviceClient, expectOk, freshPostgresDatabase, type Answers, type SharedRecord } from '../harness';
import { startApp, type AppInstance } from './app-server';

// Two `next start` instances of the production build over one PostgreSQL: partner A talks only to
// the first, partner B only to the second, as behind a load balancer with no sticky sessions.
const PER_AGREEMENT = 60;
const answersOf = (name: string, value: string): Answers => ({ name, answers: { sending: value } });
const signed = (): SharedRecord => ({ versions: [{ n: 1, by: 'both', change: 'signed', clause: 'We ask before sending', confirmedBy: ['a', 'b'] }], withdrawnBy: null });

describe.runIf(process.env.TEST_DATABASE_URL)('two app instances over one PostgreSQL', () => {
  let one: AppInstance;
  let two: AppInstance;
  let drop = async () => {};
  beforeAll(async () => {
    const database = await freshPostgresDatabase();
    drop = database.drop;
    const env = {
      DATABASE_URL: database.url,
      APART_PG_POOL_MAX: '5',
      APART_RATE_PER_AGREEMENT: String(PER_AGREEMENT),
      // An hour's window, so the limit below is not reset by a window ending mid-test.
      APART_RATE_WINDOW_SECONDS: '3600',
      APART_RATE_PER_ADDRESS: '100000',
    };
    // Started together: both run the migrations at once (the Migrator's advisory lock makes one wait).
    [one, two] = await Promise.all([startApp(env), startApp(env)]);
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await drop();
  });

  it('runs the journey with A on one instance and B on the other', async () => {
    const a = deviceClient(one.fetch);
    const b = deviceClient(two.fetch);
    const { session: sessionA, fragment } = expectOk(await a.start());
    expect(expectOk(await b.inviteInfo(fragment)).open).toBe(true);
    const { session: sessionB, status: joined } = expectOk(await b.join(fragment));
    // A third device on A's instance is refused: B's place was taken on the other one.
    expect(await deviceClient(one.fetch).join(fragment)).toEqual({ ok: false, problem: 'taken' });

    const statusA = expectOk(await a.status(sessionA));
    if (!statusA.changed) throw new Error('expected a change');
    expect(statusA.status.joined).toBe(true);
    expect(await a.checkCode(sessionA, statusA.status)).toEqual(await b.checkCode(sessionB, joined));

    // A's progress, written on instance one, is what B's poll on instance two carries; the ETag moves with it.
    expectOk(await a.saveProgress(sessionA, { name: 'Ana', answered: 2, total: 11 }, 0));
    const polled = expectOk(await b.status(sessionB));
    if (!polled.changed) throw new Error('expected a change');
    expect(polled.status.progress.a?.value).toEqual({ name: 'Ana', answered: 2, total: 11 });
    expect(expectOk(await b.status(sessionB, polled.etag))).toEqual({ changed: false });
    expectOk(await a.saveProgress(sessionA, { name: 'Ana', answered: 3, total: 11 }, 1));
    expect(expectOk(await b.status(sessionB, polled.etag)).changed).toBe(true);

    // Sealing across instances: submitted on one, frozen on the other; nothing released before both.
    const submitted = expectOk(await a.submitAnswers(sessionA, answersOf('Ana', 'ask-first'), 0));
    const againFromTwo = deviceClient(two.fetch);
    expect(await againFromTwo.saveAnswers(sessionA, answersOf('Ana', 'changed'), submitted.rev)).toEqual({ ok: false, problem: 'submitted' });
    expect(expectOk(await b.readAnswers(sessionB))).toEqual({ mine: null, other: null, released: false });
    expect(await b.updateRecord(sessionB, signed, null)).toEqual({ ok: false, problem: 'not-ready' });
    expectOk(await b.submitAnswers(sessionB, answersOf('Bo', 'never-save'), 0));
    expect(expectOk(await a.readAnswers(sessionA)).other?.value).toEqual(answersOf('Bo', 'never-save'));
    expect(expectOk(await b.readAnswers(sessionB)).other?.value).toEqual(answersOf('Ana', 'ask-first'));

    // Both write the record at the same moment, each through its own instance: one meets the other's write (409) and re-applies.
    const v1 = expectOk(await a.updateRecord(sessionA, signed, null));
    const add = (by: 'a' | 'b') => (current: { value: SharedRecord } | null): SharedRecord => ({
      ...current!.value,
      versions: [...current!.value.versions, { n: current!.value.versions.length + 1, by, change: 'tighten', clause: `${by} tightens`, confirmedBy: [by] }],
    });
    const conflicts = () => (one.output() + two.output()).split('api /api/apart/[id]/record 409').length - 1;
    const before = conflicts();
    const [fromA, fromB] = await Promise.all([a.updateRecord(sessionA, add('a'), v1), b.updateRecord(sessionB, add('b'), v1)]);
    expect(fromA.ok && fromB.ok).toBe(true);
    expect(conflicts()).toBe(before + 1);
    const final = expectOk(await b.readRecord(sessionB));
    expect(final?.rev).toBe(3);
    expect(final?.value.versions.map((version) => version.by).sort()).toEqual(['a', 'b', 'both']);

    // Deleted through one instance: gone on the other.
    expectOk(await b.deleteShared(sessionB));
    expect(await a.status(sessionA)).toEqual({ ok: false, problem: 'not-found' });
  });

  it('counts one agreement\'s rate limit across both instances', async () => {
    const a = deviceClient(one.fetch);
    const { session, fragment } = expectOk(await a.start());
    expectOk(await deviceClient(two.fetch).join(fragment));
    const { id } = await deriveAgreementKeys(session.secret);
    // One request so far counts against the agreement (the join; creating has no agreement yet). Then polls alternate between the instances.
    const statuses: number[] = [];
    for (let i = 0; i < PER_AGREEMENT; i += 1) {
      const instance = i % 2 ? two : one;
      statuses.push((await instance.fetch(`/api/apart/${id}/status`, { method: 'GET', headers: { Authorization: `Bearer ${session.partnerToken}` } })).status);
    }
    // Counted as one: the 60th request (59 polls in, half on each instance) is the last allowed.
    expect(statuses.slice(0, PER_AGREEMENT - 1).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(PER_AGREEMENT - 1)).toEqual([429]);
    const limited = await one.fetch(`/api/apart/${id}/status`, { method: 'GET', headers: { Authorization: `Bearer ${session.partnerToken}` } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 431 to a request line past Node\'s 16 KiB header limit (what docs/deploy.md says)', async () => {
    expect((await one.fetch(`/api/health?pad=${'x'.repeat(15_000)}`, { method: 'GET' })).status).toBe(200);
    expect((await one.fetch(`/api/health?pad=${'x'.repeat(17_000)}`, { method: 'GET' })).status).toBe(431);
  });

  it('finishes requests in flight on SIGTERM, then exits and closes its pool', async () => {
    const a = deviceClient(two.fetch);
    const { session } = expectOk(await a.start());
    let rev = 0;
    const burst = (async () => {
      for (let i = 0; i < 20; i += 1) {
        const saved = await a.saveProgress(session, { name: 'x', answered: i, total: 20 }, rev);
        if (!saved.ok) return saved.problem;
        rev = saved.value.rev;
      }
      return 'done';
    })();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const code = await two.stop();
    // Next exits with 128 + 15 after its cleanup; nothing was cut off mid-answer.
    expect(code).toBe(143);
    const outcome = await burst;
    // Requests after the drain meet a closed socket (offline) or, on a connection kept alive, 503 (server).
    expect(['done', 'offline', 'server']).toContain(outcome);
    // Every write the client saw acknowledged is there, read through the instance that is still up.
    const reader = deviceClient(one.fetch);
    const status = expectOk(await reader.status(session));
    if (!status.changed) throw new Error('expected a status');
    expect(status.status.progress.a?.rev ?? 0).toBeGreaterThanOrEqual(rev);
    // The pool was closed by the app itself after the last request, not dropped by the exit.
    expect(two.output()).toContain('api store closed');
    expect(two.output()).not.toMatch(/failed: /);
  });
});
