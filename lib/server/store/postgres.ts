import 'server-only';
import { logEvent } from '../apart/logger';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { KyselyStore } from './kysely-store';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

export interface PostgresOptions {
  /** Connections this instance may hold; several instances share the server's max_connections. */
  readonly poolMax: number;
}

/**
 * The store over PostgreSQL, for several stateless instances over one database. Migrations run
 * before the store is handed out; Kysely's Migrator holds an advisory lock while it runs, so
 * instances that start together migrate once. The pool is closed by `close()`.
 */
export async function openPostgresStore(url: string, { poolMax }: PostgresOptions): Promise<KyselyStore> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolMax,
    // A database that does not answer fails the request (and the health check) instead of hanging it.
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    application_name: 'our-terms',
  });
  // An idle connection the server drops (restart, failover) must not take the process down.
  pool.on('error', () => logEvent('idleConnectionFailed'));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider('postgres') }).migrateToLatest();
    if (error) throw error;
  } catch (error) {
    await db.destroy();
    throw new Error(`The database could not be prepared: ${describe(error)}.`, { cause: error });
  }
  return new KyselyStore(db, 'postgres');
}

/**
 * pg's own messages name the cause (refused, unknown database, password failed) but never the
 * password. A host name with several addresses fails as an AggregateError with an empty message.
 */
function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors[0] instanceof Error) return describe(error.errors[0]);
  if (error instanceof Error && error.message) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'migration failed';
}
