import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES } from '../../../lib/apart/client';
import { deriveAgreementKeys } from '../../../lib/crypto/keys';
import { toBase64Url } from '../../../lib/crypto/bytes';
import { ENGINES, deviceClient, expectOk, setUp, type Answers, type Harness, type SharedRecord } from './harness';

// Route handlers called directly with `new Request(...)` over a real SQLite file and a real PostgreSQL database (see harness.ts).
const NAME_A = 'Alexandrine Quillfeather';
const NAME_B = 'Josébastien Marlowe';
const ANSWER_A = 'only-after-asking-each-time-zq';
const ANSWER_B = 'never-save-to-cloud-xk';
const CLAUSE = 'We delete every photo within a day unless we both say otherwise';
const CLAUSE_TIGHTER = 'We delete every photo within an hour';

let h: Harness;

const answersOf = (name: string, value: string): Answers => ({ name, answers: { sending: value, saving: value } });
const firstRecord = (): SharedRecord => ({ versions: [{ n: 1, by: 'both', change: 'signed', clause: CLAUSE, confirmedBy: ['a', 'b'] }], withdrawnBy: null });

async function pair() {
  const a = deviceClient(h.fetch);
  const b = deviceClient(h.fetch);
  const started = expectOk(await a.start());
  return { a, b, sessionA: started.session, fragment: started.fragment };
}

describe.each(ENGINES)('apart mode through the route handlers (%s)', (engine) => {
  beforeAll(async () => {
    h = await setUp(engine);
  });
  afterAll(() => h.close());

  it('creates, reads the invite without changing anything, lets the first device join and refuses a second', async () => {
    const { a, b, sessionA, fragment } = await pair();
    const before = expectOk(await a.status(sessionA));
    expect(before.changed && before.status.joined).toBe(false);

    // A link preview or mail scanner fetching the invite (even many times) joins nothing.
    for (let i = 0; i < 3; i += 1) expect(expectOk(await b.inviteInfo(fragment)).open).toBe(true);
    const unchanged = expectOk(await a.status(sessionA, before.changed ? before.etag : null));
    expect(unchanged).toEqual({ changed: false });

    const joined = expectOk(await b.join(fragment));
    expect(joined.session.role).toBe('b');
    expect(joined.status.joined).toBe(true);
    expect(expectOk(await b.inviteInfo(fragment)).open).toBe(false);

    const third = deviceClient(h.fetch);
    expect(await third.join(fragment)).toEqual({ ok: false, problem: 'taken' });
    expect(PROBLEM_MESSAGES.taken).toMatch(/already joined/);

    // Both devices compute the same check code; a device that is not B's gets other words.
    const statusA = expectOk(await a.status(sessionA));
    if (!statusA.changed) throw new Error('expected a change');
    expect(statusA.status.joined).toBe(true);
    const codeA = await a.checkCode(sessionA, statusA.status);
    const codeB = await b.checkCode(joined.session, joined.status);
    expect(codeA).toHaveLength(4);
    expect(codeA).toEqual(codeB);
  });

  it('refuses a wrong or truncated link before asking the server', async () => {
    const client = deviceClient(h.fetch);
    const { fragment } = await pair();
    expect(await client.join(fragment.slice(0, -2))).toEqual({ ok: false, problem: 'bad-link' });
    expect(await client.inviteInfo('#v1.nonsense')).toEqual({ ok: false, problem: 'bad-link' });
  });

  it('keeps answers sealed until both submitted, and a submission frozen', async () => {
    const { a, b, sessionA, fragment } = await pair();
    const { session: sessionB } = expectOk(await b.join(fragment));

    const savedA = expectOk(await a.saveAnswers(sessionA, answersOf(NAME_A, 'draft'), 0));
    expectOk(await a.saveProgress(sessionA, { name: NAME_A, answered: 3, total: 11 }, 0));
    const progressSeenByB = expectOk(await b.status(sessionB));
    expect(progressSeenByB.changed && progressSeenByB.status.progress.a?.value).toEqual({ name: NAME_A, answered: 3, total: 11 });

    const submittedA = expectOk(await a.submitAnswers(sessionA, answersOf(NAME_A, ANSWER_A), savedA.rev));
    expect(submittedA.rev).toBe(2);
    // Frozen: no placeholder-then-peek.
    expect(await a.saveAnswers(sessionA, answersOf(NAME_A, 'changed my mind'), submittedA.rev)).toEqual({ ok: false, problem: 'submitted' });
    expect(await a.submitAnswers(sessionA, answersOf(NAME_A, 'again'), submittedA.rev)).toEqual({ ok: false, problem: 'submitted' });

    // B cannot read A's answers before submitting; A cannot read B's draft.
    expectOk(await b.saveAnswers(sessionB, answersOf(NAME_B, 'draft-b'), 0));
    const early = expectOk(await b.readAnswers(sessionB));
    expect(early).toEqual({ mine: { rev: 1, value: answersOf(NAME_B, 'draft-b') }, other: null, released: false });
    expect(expectOk(await a.readAnswers(sessionA)).other).toBeNull();
    expect(await a.updateRecord(sessionA, firstRecord, null)).toEqual({ ok: false, problem: 'not-ready' });

    expectOk(await b.submitAnswers(sessionB, answersOf(NAME_B, ANSWER_B), 1));
    const forA = expectOk(await a.readAnswers(sessionA));
    const forB = expectOk(await b.readAnswers(sessionB));
    expect(forA.released && forB.released).toBe(true);
    expect(forA.other?.value).toEqual(answersOf(NAME_B, ANSWER_B));
    expect(forB.other?.value).toEqual(answersOf(NAME_A, ANSWER_A));
  });

  it('shares the record with 409 on a stale write, re-applies, and carries tighten, loosen and withdraw across both partners', async () => {
    const { a, b, sessionA, fragment } = await pair();
    const { session: sessionB } = expectOk(await b.join(fragment));
    expectOk(await a.submitAnswers(sessionA, answersOf(NAME_A, ANSWER_A), 0));
    expectOk(await b.submitAnswers(sessionB, answersOf(NAME_B, ANSWER_B), 0));
    const v1 = expectOk(await a.updateRecord(sessionA, firstRecord, null));
    expect(v1.rev).toBe(1);

    // A raw stale write gets 409 with the current slot.
    const { id } = await deriveAgreementKeys(sessionA.secret);
    const stale = await h.fetch(`/api/apart/${id}/record`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${sessionB.partnerToken}`, 'If-Match': '"0"', 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: 'A'.repeat(64) }),
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: 'stale', current: { rev: 1 } });

    // A tightens alone; B, still on v1, proposes a loosening at the same moment: re-applied on A's version.
    const tighten = (record: SharedRecord | undefined): SharedRecord => ({
      ...record!,
      versions: [...record!.versions, { n: record!.versions.length + 1, by: 'a', change: 'tighten', clause: CLAUSE_TIGHTER, confirmedBy: ['a'] }],
    });
    const loosen = (record: SharedRecord | undefined): SharedRecord => ({
      ...record!,
      versions: [...record!.versions, { n: record!.versions.length + 1, by: 'b', change: 'loosen-proposed', clause: CLAUSE, confirmedBy: ['b'] }],
    });
    const bView = expectOk(await b.readRecord(sessionB));
    expectOk(await a.updateRecord(sessionA, (current) => tighten(current?.value), v1));
    const bWrite = expectOk(await b.updateRecord(sessionB, (current) => loosen(current?.value), bView));
    expect(bWrite.rev).toBe(3);
    expect(bWrite.value.versions.map((version) => version.change)).toEqual(['signed', 'tighten', 'loosen-proposed']);

    // What the server holds now, for a rollback later.
    const [rev3] = await h.query<{ data: Buffer }>("select data from slots where agreement_id = ? and name = 'record'", [id]);

    // A sees the change in the status poll and confirms the loosening from A's own device: a new version.
    const polled = expectOk(await a.status(sessionA));
    expect(polled.changed && polled.status.recordRev).toBe(3);
    const confirm = (record: SharedRecord): SharedRecord => ({
      ...record,
      versions: [...record.versions, { n: record.versions.length + 1, by: 'both', change: 'loosened', clause: CLAUSE, confirmedBy: ['b', 'a'] }],
    });
    expect(expectOk(await a.updateRecord(sessionA, (current) => confirm(current!.value))).rev).toBe(4);
    // Rewriting a version this device has accepted breaks the history rule: refused before anything is sent.
    expect(await a.updateRecord(sessionA, (current) => ({ ...current!.value, versions: current!.value.versions.slice(1) }))).toEqual({ ok: false, problem: 'invalid' });

    // Withdraw: B alone, at once; A sees it and confirms seeing it from A's own device.
    expectOk(await b.updateRecord(sessionB, (current) => ({ ...current!.value, withdrawnBy: 'b' })));
    const seenByA = expectOk(await a.readRecord(sessionA));
    expect(seenByA?.value.withdrawnBy).toBe('b');
    expect(seenByA?.value.versions.map((version) => version.change)).toEqual(['signed', 'tighten', 'loosen-proposed', 'loosened']);
    expect(expectOk(await a.markSeen(sessionA, seenByA!.rev)).seen).toBe(5);
    const statusB = expectOk(await b.status(sessionB));
    expect(statusB.changed && statusB.status.seen).toEqual({ a: 5, b: 0 });

    // A server that rolls the record back to an older (genuine) revision is caught by the device's history rule.
    await h.query("update slots set rev = 3, data = ? where agreement_id = ? and name = 'record'", [rev3!.data, id]);
    expect(await a.readRecord(sessionA)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('loses no change when both partners write at the same moment', async () => {
    const { a, b, sessionA, fragment } = await pair();
    const { session: sessionB } = expectOk(await b.join(fragment));
    expectOk(await a.submitAnswers(sessionA, answersOf(NAME_A, ANSWER_A), 0));
    expectOk(await b.submitAnswers(sessionB, answersOf(NAME_B, ANSWER_B), 0));
    const v1 = expectOk(await a.updateRecord(sessionA, firstRecord, null));
    const add = (by: 'a' | 'b') => (current: { value: SharedRecord } | null): SharedRecord => ({
      ...current!.value,
      versions: [...current!.value.versions, { n: current!.value.versions.length + 1, by, change: 'tighten', clause: `${by} tightens`, confirmedBy: [by] }],
    });
    const conflictsBefore = h.logs.filter((line) => line.startsWith('api /api/apart/[id]/record 409')).length;
    const [fromA, fromB] = await Promise.all([a.updateRecord(sessionA, add('a'), v1), b.updateRecord(sessionB, add('b'), v1)]);
    // One of them really met the other's write (409) and re-applied its change on top.
    expect(h.logs.filter((line) => line.startsWith('api /api/apart/[id]/record 409')).length).toBe(conflictsBefore + 1);
    expect(fromA.ok && fromB.ok).toBe(true);
    const final = expectOk(await a.readRecord(sessionA));
    expect(final?.rev).toBe(3);
    expect(final?.value.versions.map((version) => version.by).sort()).toEqual(['a', 'b', 'both']);
  });

  it('deletes for both at once, with the same 404 as an agreement that never was', async () => {
    const { a, b, sessionA, fragment } = await pair();
    const { session: sessionB } = expectOk(await b.join(fragment));
    expectOk(await b.deleteShared(sessionB));
    expect(await a.status(sessionA)).toEqual({ ok: false, problem: 'not-found' });
    expect(await b.inviteInfo(fragment)).toEqual({ ok: false, problem: 'not-found' });
    expect(await a.deleteShared(sessionA)).toEqual({ ok: false, problem: 'not-found' });
  });

  it('gives the clear "altered or wrong link" result when a byte of stored ciphertext is flipped', async () => {
    const { a, b, sessionA, fragment } = await pair();
    const { session: sessionB } = expectOk(await b.join(fragment));
    expectOk(await a.submitAnswers(sessionA, answersOf(NAME_A, ANSWER_A), 0));
    expectOk(await b.submitAnswers(sessionB, answersOf(NAME_B, ANSWER_B), 0));
    expectOk(await a.updateRecord(sessionA, firstRecord, null));
    const { id } = await deriveAgreementKeys(sessionA.secret);

    const [row] = await h.query<{ data: Buffer }>("select data from slots where agreement_id = ? and name = 'record'", [id]);
    const flipped = Buffer.from(row!.data);
    flipped[40] = (flipped[40] ?? 0) ^ 0x01;
    await h.query("update slots set data = ? where agreement_id = ? and name = 'record'", [flipped, id]);
    // A's sealed answers served in B's place (a swap by the server) must fail too.
    await h.query("update slots set data = (select data from slots where agreement_id = ? and name = 'answers-b') where agreement_id = ? and name = 'answers-a'", [id, id]);

    const read = await b.readRecord(sessionB);
    expect(read).toEqual({ ok: false, problem: 'altered' });
    expect(PROBLEM_MESSAGES.altered).toMatch(/altered or the link is wrong/);
    expect(await b.readAnswers(sessionB)).toEqual({ ok: false, problem: 'altered' });
  });

  it('leaves no name, answer, clause, token or fragment in the database file or the logs', async () => {
    const { a, b, sessionA, fragment } = await pair();
    const { session: sessionB } = expectOk(await b.join(fragment));
    expectOk(await a.saveProgress(sessionA, { name: NAME_A, answered: 11, total: 11 }, 0));
    expectOk(await b.saveProgress(sessionB, { name: NAME_B, answered: 11, total: 11 }, 0));
    expectOk(await a.submitAnswers(sessionA, answersOf(NAME_A, ANSWER_A), 0));
    expectOk(await b.submitAnswers(sessionB, answersOf(NAME_B, ANSWER_B), 0));
    expectOk(await a.updateRecord(sessionA, firstRecord, null));
    const { id, inviteToken } = await deriveAgreementKeys(sessionA.secret);

    const secrets = [
      NAME_A, NAME_B, 'Alexandrine', 'Josébastien', ANSWER_A, ANSWER_B, CLAUSE, 'delete every photo',
      sessionA.partnerToken, sessionB.partnerToken, inviteToken, fragment, fragment.slice(4), toBase64Url(sessionA.secret),
    ];
    const database = await h.databaseBytes();
    expect(database.length).toBeGreaterThan(4096);
    const logs = h.logs.join('\n');
    expect(logs).toMatch(/api \/api\/apart\/\[id\]\/record 200 \d+ms/);
    for (const secret of secrets) {
      expect(database.includes(Buffer.from(secret, 'utf8')), `database contains ${secret.slice(0, 12)}…`).toBe(false);
      expect(database.includes(Buffer.from(secret, 'latin1')), `database contains ${secret.slice(0, 12)}… (latin1)`).toBe(false);
      expect(logs.includes(secret), `logs contain ${secret.slice(0, 12)}…`).toBe(false);
    }
    for (const raw of [Buffer.from(sessionA.secret), Buffer.from(sessionA.partnerToken, 'base64url'), Buffer.from(inviteToken, 'base64url')]) {
      expect(database.includes(raw)).toBe(false);
    }
    // Log lines name the route pattern only: never an id, a token or an address.
    expect(logs.includes(id)).toBe(false);
    for (const line of h.logs) expect(line).toMatch(/^api \/api\/[a-z/[\]]+ (\d{3} \d+ms|failed: \w+)$/);
  });
});
