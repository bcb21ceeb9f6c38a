import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { KyselyStore } from './kysely-store';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

/**
 * The embedded store: one SQLite file, one connection per process. WAL lets readers carry on while
 * one writer commits; synchronous=FULL makes every acknowledged write survive a crash or power cut.
 * Migrations run before the store is handed out.
 */
export async function openSqliteStore(file: string): Promise<KyselyStore> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  const { error } = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error('The database could not be prepared (migration failed).', { cause: error });
  }
  return new KyselyStore(db, 'sqlite');
}
