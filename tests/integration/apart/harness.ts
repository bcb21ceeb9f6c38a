import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { z } from 'zod';
import { createApartClient, type Validator } from '../../../lib/apart/client';

/**
 * Runs the apart API through its real route handlers (imported, called with `new Request`) over a
 * real SQLite file in a fresh temp folder. Settings are read once per process, so each test file
 * calls `setUp` first with the settings it needs; vitest gives every file its own modules.
 */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<'GET' | 'POST' | 'PUT' | 'DELETE', Handler>>;

export interface Harness {
  readonly dir: string;
  readonly file: string;
  readonly logs: string[];
  /** A fetch that goes straight to the route handlers; `headers` are added to every request (e.g. X-Forwarded-For). */
  fetchWith(headers?: Record<string, string>): (input: string, init: RequestInit) => Promise<Response>;
  readonly fetch: (input: string, init: RequestInit) => Promise<Response>;
  /** Every byte SQLite has on disk (the database and the rate counters' side file, with their WAL and shared memory). */
  databaseBytes(): Buffer;
}

export async function setUp(env: Record<string, string> = {}): Promise<Harness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'apart-'));
  const file = path.join(dir, 'nested', 'apart.sqlite');
  Object.assign(process.env, { APART_SQLITE_FILE: file, ...env });
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
    dir,
    file,
    logs,
    fetchWith,
    fetch: fetchWith(),
    databaseBytes: () => {
      const limits = file.replace(/\.sqlite$/, '-limits.sqlite');
      const names = [file, `${file}-wal`, `${file}-shm`, limits, `${limits}-wal`, `${limits}-shm`];
      return Buffer.concat(names.filter(existsSync).map((name) => readFileSync(name)));
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
