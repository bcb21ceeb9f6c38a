import 'server-only';
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/** The one engine difference the tables meet: a byte string is `blob` on SQLite and `bytea` on PostgreSQL. */
const bytes = (engine: Engine) => (engine === 'postgres' ? sql`bytea` : sql`blob`);

/**
 * One set of migrations for both engines, kept in code (not files) so they ship inside the build.
 * Names sort in the order they run; never edit a migration that has shipped, add the next one.
 */
export function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    '0001-apart': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('agreements')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('invite_hash', bytes(engine), (column) => column.notNull())
          .addColumn('a_hash', bytes(engine), (column) => column.notNull())
          .addColumn('b_hash', bytes(engine))
          .addColumn('rev', 'bigint', (column) => column.notNull())
          .addColumn('created_at', 'bigint', (column) => column.notNull())
          .addColumn('joined_at', 'bigint')
          .addColumn('active_at', 'bigint', (column) => column.notNull())
          .addColumn('a_submitted_at', 'bigint')
          .addColumn('b_submitted_at', 'bigint')
          .addColumn('a_seen', 'bigint', (column) => column.notNull().defaultTo(0))
          .addColumn('b_seen', 'bigint', (column) => column.notNull().defaultTo(0))
          .execute();
        await db.schema.createIndex('agreements_created_at').on('agreements').column('created_at').execute();
        await db.schema.createIndex('agreements_active_at').on('agreements').column('active_at').execute();
        await db.schema
          .createTable('slots')
          .addColumn('agreement_id', 'text', (column) => column.notNull().references('agreements.id').onDelete('cascade'))
          .addColumn('name', 'text', (column) => column.notNull())
          .addColumn('rev', 'bigint', (column) => column.notNull())
          .addColumn('data', bytes(engine), (column) => column.notNull())
          .addColumn('updated_at', 'bigint', (column) => column.notNull())
          .addPrimaryKeyConstraint('slots_pk', ['agreement_id', 'name'])
          .execute();
        // SQLite keeps the rate counters in a side file without fsync (see sqlite.ts); PostgreSQL keeps them here.
        if (engine === 'postgres') {
          await db.schema
            .createTable('rate_limits')
            .addColumn('key', 'text', (column) => column.primaryKey())
            .addColumn('window_start', 'bigint', (column) => column.notNull())
            .addColumn('count', 'bigint', (column) => column.notNull())
            .execute();
          await db.schema.createIndex('rate_limits_window').on('rate_limits').column('window_start').execute();
        }
        await db.schema
          .createTable('meta')
          .addColumn('key', 'text', (column) => column.primaryKey())
          .addColumn('value', bytes(engine), (column) => column.notNull())
          .execute();
      },
    },
    // Counted on every request, and worth nothing after a crash: an unlogged table writes no WAL,
    // so a request's count commits without waiting for a disk flush. PostgreSQL empties it after a
    // crash (a fresh window for everyone) and does not copy it to replicas.
    '0002-unlogged-rate-limits': {
      async up(db: Kysely<unknown>) {
        if (engine === 'postgres') await sql`alter table rate_limits set unlogged`.execute(db);
      },
    },
  };
}

export function migrationProvider(engine: Engine): MigrationProvider {
  return { getMigrations: async () => migrationsFor(engine) };
}
