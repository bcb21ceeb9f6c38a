import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { vi } from 'vitest';
import { z } from 'zod';
import { createApartClient, type Validator } from '../../../lib/apart/client';

/**
 * Runs the apart API through its real route handlers (imported, called with `new Request`) over a
 * real SQLite file in a fresh temp folder, or a fresh database on the PostgreSQL server that
 * TEST_DATABASE_URL names. Each suite runs once per engine in ENGINES: `setUp(engine, settings)`
 * opens a new runtime with those settings, `close()` ends it.
 */
export type Engine = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL when TEST_DATABASE_URL names a server (`.ci/postgres` starts one). */
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
// In CI the PostgreSQL half is never skipped quietly.
if (process.env.CI === 'true' && !process.env.TEST_DATABASE_URL) throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL half of the store tests cannot run');

/** A database of its own on the test server, so files running at once never meet. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('TEST_DATABASE_URL is not set');
  const name = `apart_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const run = async (statement: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      return (await client.query(statement, params)).rows;
    } finally {
      await client.end();
    }
  };
  // pg's pool.end() resolves before its sockets close: wait (briefly) for them to go, so that
  // `with (force)` does not terminate a closing connection and raise a late, unhandled error.
  const drop = async () => {
    for (let tries = 0; tries < 40; tries++) {
      const [row] = await run('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (row?.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await run(`drop database if exists ${name} with (force)`);
  };
  await run(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop };
}
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<'GET' | 'POST' | 'PUT' | 'DELETE', Handler>>;

export interface Harness {
  readonly engine: Engine;
  readonly dir: string;
  /** The SQLite file (unused on PostgreSQL). */
  readonly file: string;
  readonly logs: string[];
  /** A fetch that goes straight to the route handlers; `headers` are added to every request (e.g. X-Forwarded-For). */
  fetchWith(headers?: Record<string, string>): (input: string, init: RequestInit) => Promise<Response>;
  readonly fetch: (input: string, init: RequestInit) => Promise<Response>;
  /**
   * Everything the database holds: on SQLite every byte on disk (the database and the rate
   * counters' side file, with their WAL and shared memory); on PostgreSQL every value of every row.
   */
  databaseBytes(): Promise<Buffer>;
  /** A raw statement straight to the database, past the app (`?` placeholders on both engines). */
  query<Row = Record<string, unknown>>(statement: string, params?: unknown[]): Promise<Row[]>;
  /** Closes the app's store and the raw connection; drops the PostgreSQL database. */
  close(): Promise<void>;
}

const runtime = globalThis as typeof globalThis & { __ourTermsApart?: unknown };

export async function setUp(engine: Engine, env: Record<string, string> = {}): Promise<Harness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'apart-'));
  const file = path.join(dir, 'nested', 'apart.sqlite');
  const postgres = engine === 'postgres' ? await freshPostgresDatabase() : null;
  delete process.env.DATABASE_URL;
  // A new runtime for this engine and these settings (the previous suite's was closed).
  delete runtime.__ourTermsApart;
  Object.assign(process.env, { APART_SQLITE_FILE: file, ...(postgres ? { DATABASE_URL: postgres.url } : {}), ...env });
  const raw = postgres ? new pg.Pool({ connectionString: postgres.url, max: 2 }) : null;
  // pg's pool.end() resolves before its sockets have closed, so the drop's `with (force)` can still
  // terminate one; without a listener that late error would be an unhandled one.
  raw?.on('error', () => {});
  let sqlite: BetterSqlite3.Database | null = null;
  const query = async <Row>(statement: string, params: unknown[] = []): Promise<Row[]> => {
    if (raw) {
      let n = 0;
      return (await raw.query(statement.replace(/\?/g, () => `$${++n}`), params)).rows as Row[];
    }
    sqlite ??= new BetterSqlite3(file);
    const prepared = sqlite.prepare(statement);
    return prepared.reader ? (prepared.all(...params) as Row[]) : (prepared.run(...params), []);
  };
  const logs: string[] = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logs.push(args.map(String).join(' ')));
  }
  const routes: Array<[RegExp, string[], RouteModule]> = [
    [/^\/api\/apart$/, [], await import('../../../app/api/apart/route')],
    [/^\/api\/apart\/([^/]+)$/, ['id'], await import('../../../app/api/apart/[id]/route')],
    [/^\/api\/apart\/([^/]+)\/invite$/, ['id'], await import('../../../app/api/apart/[id]/invite/route')],
    [/^\/api\/apart\/([^/]+)\/join$/, ['id'], await import('../../../app/api/apart/[id]/join/route')],
    [/^\/api\/apart\/([^/]+)\/status$/, ['id'], await import('../../../app/api/apart/[id]/status/route')],
    [/^\/api\/apart\/([^/]+)\/answers$/, ['id'], await import('../../../app/api/apart/[id]/answers/route')],
    [/^\/api\/apart\/([^/]+)\/answers\/submit$/, ['id'], await import('../../../app/api/apart/[id]/answers/submit/route')],
    [/^\/api\/apart\/([^/]+)\/progress$/, ['id'], await import('../../../app/api/apart/[id]/progress/route')],
    [/^\/api\/apart\/([^/]+)\/record$/, ['id'], await import('../../../app/api/apart/[id]/record/route')],
    [/^\/api\/apart\/([^/]+)\/seen$/, ['id'], await import('../../../app/api/apart/[id]/seen/route')],
    [/^\/api\/health$/, [], await import('../../../app/api/health/route')],
    [/^\/api\/bench\/constant$/, [], await import('../../../app/api/bench/constant/route')],
  ];
  const fetchWith = (extra: Record<string, string> = {}) => async (input: string, init: RequestInit): Promise<Response> => {
    const request = new Request(new URL(input, 'http://127.0.0.1:3000'), init);
    for (const [name, value] of Object.entries(extra)) request.headers.set(name, value);
    const pathname = new URL(request.url).pathname;
    for (const [pattern, names, module] of routes) {
      const match = pattern.exec(pathname);
      if (!match) continue;
      const handler = module[request.method as keyof RouteModule];
      if (!handler) return new Response(null, { status: 405 });
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
      return handler(request, { params: Promise.resolve(params) });
    }
    return new Response(null, { status: 404 });
  };
  return {
    engine,
    dir,
    file,
    logs,
    fetchWith,
    fetch: fetchWith(),
    query,
    databaseBytes: async () => {
      if (raw) {
        const tables = await query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public'");
        const parts: Buffer[] = [];
        for (const { name } of tables) {
          for (const row of await query<Record<string, unknown>>(`select * from "${name}"`)) {
            for (const value of Object.values(row)) parts.push(Buffer.isBuffer(value) ? Buffer.from(value) : Buffer.from(String(value), 'utf8'));
          }
        }
        return Buffer.concat(parts);
      }
      const limits = file.replace(/\.sqlite$/, '-limits.sqlite');
      const names = [file, `${file}-wal`, `${file}-shm`, limits, `${limits}-wal`, `${limits}-shm`];
      return Buffer.concat(names.filter(existsSync).map((name) => readFileSync(name)));
    },
    close: async () => {
      const { closeApart } = await import('../../../lib/server/apart/runtime');
      await closeApart().catch(() => {});
      delete runtime.__ourTermsApart;
      sqlite?.close();
      await raw?.end();
      await postgres?.drop();
      delete process.env.DATABASE_URL;
      vi.restoreAllMocks();
    },
  };
}

/** What the test devices keep in their blobs: names, answers and clause text that must never reach the server in the clear. */
export const answersSchema = z.object({ name: z.string(), answers: z.record(z.string(), z.string()) });
export const progressSchema = z.object({ name: z.string(), answered: z.number(), total: z.number() });
export const recordSchema = z.object({
  versions: z.array(z.object({ n: z.number(), by: z.enum(['a', 'b', 'both']), change: z.string(), clause: z.string(), confirmedBy: z.array(z.enum(['a', 'b'])) })),
  withdrawnBy: z.enum(['a', 'b']).nullable(),
});
export type Answers = z.infer<typeof answersSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type SharedRecord = z.infer<typeof recordSchema>;

const fromSchema = <T>(schema: z.ZodType<T>): Validator<T> => (value) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
};

/**
 * A device's client, with the validators a UI would plug in. The record validator also keeps the
 * history rule: a version once received on this device must still be there, unchanged, in
 * whatever it receives or sends.
 */
export function deviceClient(fetch: Harness['fetch']) {
  let accepted: SharedRecord | null = null;
  const record: Validator<SharedRecord> = (value, { direction }) => {
    const parsed = recordSchema.safeParse(value);
    if (!parsed.success) return { ok: false };
    const kept = accepted?.versions.every((version, i) => JSON.stringify(parsed.data.versions[i]) === JSON.stringify(version)) ?? true;
    if (!kept) return { ok: false };
    if (direction === 'in') accepted = parsed.data;
    return { ok: true, value: parsed.data };
  };
  return createApartClient<Answers, Progress, SharedRecord>({ fetch, validators: { answers: fromSchema(answersSchema), progress: fromSchema(progressSchema), record } });
}

/** Unwraps a client result, failing the test with the problem when it is not ok. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; problem: string }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.problem}`);
  return result.value;
}
