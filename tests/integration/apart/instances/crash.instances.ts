import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveAgreementKeys } from '../../../../lib/crypto/keys';
import { ENGINES, deviceClient, expectOk, freshPostgresDatabase } from '../harness';
import { freePort, startApp, type AppInstance } from './app-server';

// The app process SIGKILLed in the middle of a burst of writes, then started again over the same
// database: every write that was acknowledged (200 with its new revision) must still be there.
const AGREEMENTS = 8;
const blob = (agreement: number, rev: number) => Buffer.from(`crash-test ${agreement} ${rev} `.padEnd(96, '.')).toString('base64url');

describe.each(ENGINES)('a crash in the middle of writes (%s)', (engine) => {
  const drops: Array<() => Promise<void>> = [];
  let app: AppInstance | undefined;
  afterAll(async () => {
    await app?.kill();
    for (const drop of drops) await drop();
  });

  it('keeps every acknowledged write', async () => {
    let env: Record<string, string>;
    if (engine === 'postgres') {
      const database = await freshPostgresDatabase();
      drops.push(database.drop);
      env = { DATABASE_URL: database.url };
    } else {
      env = { APART_SQLITE_FILE: path.join(mkdtempSync(path.join(tmpdir(), 'apart-crash-')), 'crash.sqlite') };
    }
    Object.assign(env, { APART_RATE_PER_AGREEMENT: '1000000', APART_RATE_PER_ADDRESS: '1000000', APART_RATE_CREATE_PER_ADDRESS: '1000' });
    const port = await freePort();
    app = await startApp(env, port);
    const first = app;
    const client = deviceClient(first.fetch);
    const targets: Array<{ id: string; token: string; acked: number }> = [];
    for (let i = 0; i < AGREEMENTS; i += 1) {
      const { session } = expectOk(await client.start());
      targets.push({ id: (await deriveAgreementKeys(session.secret)).id, token: session.partnerToken, acked: 0 });
    }

    // Each agreement gets a chain of writes, one after another (each based on the last acknowledged revision).
    let killed = false;
    const writer = async (index: number) => {
      const target = targets[index]!;
      while (!killed) {
        const next = target.acked + 1;
        try {
          const response = await first.fetch(`/api/apart/${target.id}/progress`, {
            method: 'PUT',
            headers: { Authorization: `Bearer ${target.token}`, 'If-Match': `"${target.acked}"`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ data: blob(index, next) }),
          });
          if (response.status !== 200) throw new Error(`write answered ${response.status}`);
          const { rev } = (await response.json()) as { rev: number };
          expect(rev).toBe(next);
          target.acked = rev;
        } catch (error) {
          if (killed) return;
          throw error;
        }
      }
    };
    const burst = Promise.all(targets.map((_, index) => writer(index)));
    // Let the burst get going, then pull the plug while writes are in flight.
    while (targets.reduce((sum, target) => sum + target.acked, 0) < AGREEMENTS * 15) await new Promise((resolve) => setTimeout(resolve, 10));
    killed = true;
    await first.kill();
    await burst;
    const acknowledged = targets.reduce((sum, target) => sum + target.acked, 0);
    expect(acknowledged).toBeGreaterThanOrEqual(AGREEMENTS * 15);

    // Started again over the same database: each slot is at (or, for a write whose answer the crash ate, one past) what was acknowledged.
    app = await startApp(env, port);
    for (const [index, target] of targets.entries()) {
      const response = await app.fetch(`/api/apart/${target.id}/status`, { method: 'GET', headers: { Authorization: `Bearer ${target.token}` } });
      expect(response.status).toBe(200);
      const status = (await response.json()) as { progress: { a: { rev: number; data: string } | null } };
      const stored = status.progress.a;
      expect(stored && stored.rev >= target.acked && stored.rev <= target.acked + 1, `agreement ${index}: acknowledged ${target.acked}, stored ${stored?.rev}`).toBe(true);
      expect(stored?.data).toBe(blob(index, stored!.rev));
    }
  });
});
