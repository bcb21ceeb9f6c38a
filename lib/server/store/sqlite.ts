import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, sql, SqliteAdapter, SqliteDialect, type DialectAdapter, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { KyselyStore } from './kysely-store';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

/**
 * The embedded store: one SQLite file, one connection per process. WAL lets readers carry on while
 * one writer commits; synchronous=FULL makes every acknowledged write survive a crash or power cut.
 * Migrations run before the store is handed out.
 */
export function rateCountersFile(file: string): string {
  return file.replace(/(\.sqlite3?|\.db)?$/, '-limits.sqlite');
}

export async function openSqliteStore(file: string): Promise<KyselyStore> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  attachRateCounters(database, file);
  const db = new Kysely<Database>({ dialect: new LockingSqliteDialect({ database: withStatementCache(database) }) });
  const { error } = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error('The database could not be prepared (migration failed).', { cause: error });
  }
  return new KyselyStore(db, 'sqlite');
}

/**
 * Kysely's SQLite adapter takes no lock for migrations (it assumes one process), so two processes
 * starting at once over a new file could both create the tables, and one would fail. Here the
 * migrations run inside BEGIN IMMEDIATE on the migrator's one connection: the first process takes
 * the file's write lock, the other waits (busy_timeout) and then finds nothing left to do.
 */
class LockingSqliteAdapter extends SqliteAdapter {
  override async acquireMigrationLock(db: Parameters<DialectAdapter['acquireMigrationLock']>[0]): Promise<void> {
    await sql`begin immediate`.execute(db);
  }

  override async releaseMigrationLock(db: Parameters<DialectAdapter['releaseMigrationLock']>[0]): Promise<void> {
    // A failed migration stops the run with what went before kept, as it would without the lock.
    // When BEGIN itself failed (another process held the lock past busy_timeout) there is nothing to
    // commit, and that first error is the one to report.
    try {
      await sql`commit`.execute(db);
    } catch (error) {
      if (!(error instanceof Error && /no transaction is active/i.test(error.message))) throw error;
    }
  }
}

class LockingSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new LockingSqliteAdapter();
  }
}

/**
 * Kysely prepares every query afresh; the app runs a few dozen distinct statements, so keep each
 * prepared once. Safe: better-sqlite3 runs a statement to completion before the next one starts.
 */
function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= 500) cache.clear();
        statement = database.prepare(sql);
        cache.set(sql, statement);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}

/**
 * Rate counters are counted on every request, and losing a few seconds of them in a power cut
 * harms nobody, so they live in a side database in WAL mode with synchronous=NORMAL: a commit there
 * needs no fsync, while every write of the couple's data (the main file) still does. The side file
 * holds only HMACs and counts; it may be deleted at any time while the server is stopped.
 */
function attachRateCounters(database: BetterSqlite3.Database, file: string): void {
  database.prepare('attach database ? as limits').run(rateCountersFile(file));
  database.pragma('limits.journal_mode = WAL');
  database.pragma('limits.synchronous = NORMAL');
  database.exec(`create table if not exists limits.rate_limits (key text primary key, window_start bigint not null, count bigint not null);
    create index if not exists limits.rate_limits_window on rate_limits (window_start);`);
}
