import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { promisify } from 'node:util';
import { openSqliteStore, rateCountersFile } from '../../../lib/server/store/sqlite';

// The SQLite store on its own, over a real file: start-up, restart and the engine settings.
describe('sqlite store', () => {
  it('creates its folder, migrates once, and keeps what was written across a restart', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'apart-store-')), 'new', 'folder', 'our-terms.sqlite');
    const first = await openSqliteStore(file);
    expect(await first.createAgreement({ id: 'AAAAAAAAAAAAAAAAAAAAAA', inviteHash: new Uint8Array(32).fill(1), aHash: new Uint8Array(32).fill(2), now: 1000 })).toBe(true);
    expect(await first.writeSlot({ id: 'AAAAAAAAAAAAAAAAAAAAAA', slot: 'progress-a', baseRev: 0, data: Uint8Array.of(1, 2, 3), now: 1001 })).toEqual({ ok: true, rev: 1 });
    await first.close();

    const again = await openSqliteStore(file);
    const agreement = await again.getAgreement('AAAAAAAAAAAAAAAAAAAAAA');
    expect(agreement).toMatchObject({ rev: 2, createdAt: 1000, activeAt: 1001, joinedAt: null, seen: { a: 0, b: 0 } });
    expect(typeof agreement?.rev).toBe('number');
    expect([...(await again.getSlots('AAAAAAAAAAAAAAAAAAAAAA', ['progress-a']))[0]!.data]).toEqual([1, 2, 3]);
    expect(await again.createAgreement({ id: 'AAAAAAAAAAAAAAAAAAAAAA', inviteHash: new Uint8Array(32), aHash: new Uint8Array(32), now: 2000 })).toBe(false);
    expect(await again.hitRateLimits(['k1', 'k2'], 7)).toEqual([1, 1]);
    expect(await again.hitRateLimits(['k1'], 7)).toEqual([2]);
    expect(await again.hitRateLimits(['k1'], 8)).toEqual([1]);
    await again.close();

    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((raw.prepare('select count(*) as n from kysely_migration').get() as { n: number }).n).toBe(2);
    // The counters live in their side file, never beside the couple's data.
    expect(raw.prepare("select name from sqlite_master where name = 'rate_limits'").get()).toBeUndefined();
    raw.close();
    const counters = new BetterSqlite3(rateCountersFile(file), { readonly: true });
    expect((counters.prepare('select count(*) as n from rate_limits').get() as { n: number }).n).toBe(2);
    counters.close();
  });

  // Kysely takes no migration lock on SQLite; without ours, about 1 start in 7 of four processes at
  // once over a new file failed with 'table "agreements" already exists'.
  it('several processes starting at once over a new file all open it, and the migrations run once', async () => {
    const run = promisify(execFile);
    const script = path.resolve('tests/support/open-sqlite-store.ts');
    for (let round = 0; round < 3; round += 1) {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'apart-race-')), 'our-terms.sqlite');
      const starts = Array.from({ length: 4 }, () =>
        run(process.execPath, ['--conditions=react-server', '--import', 'tsx', script, file], { timeout: 30_000 }).then(
          () => 'opened',
          (error: { stderr?: string }) => `failed: ${error.stderr ?? String(error)}`,
        ),
      );
      expect(await Promise.all(starts)).toEqual(['opened', 'opened', 'opened', 'opened']);
      const raw = new BetterSqlite3(file, { readonly: true });
      expect((raw.prepare('select count(*) as n from kysely_migration').get() as { n: number }).n).toBe(2);
      raw.close();
    }
  }, 120_000);
});
