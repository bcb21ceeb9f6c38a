import type { z } from 'zod';
import { errorResponseSchema, type Blob } from './api-types';
import { fail, ok, problemFor, type Result } from './problems';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface CallOptions {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly token?: string;
  readonly body?: unknown;
  readonly ifMatch?: string;
  readonly ifNoneMatch?: string;
}

export type Answer<T> = { readonly status: 200 | 201; readonly body: T; readonly etag: string | null } | { readonly status: 304; readonly etag: string | null };

/** A refusal that carries the slot as it is now (409 'stale'). */
export interface Stale {
  readonly ok: false;
  readonly problem: 'stale';
  readonly current: Blob | null;
}

/**
 * One request: the token only ever in Authorization, never a cookie or a Referer; the answer
 * parsed with the shared schema, so a malformed answer is a 'server' problem, not a crash.
 */
export async function call<T>(fetchFn: FetchLike, url: string, options: CallOptions, schema: z.ZodType<T>): Promise<Result<Answer<T>> | Stale> {
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  if (options.ifNoneMatch) headers['If-None-Match'] = options.ifNoneMatch;
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return fail('offline');
  }
  const etag = response.headers.get('etag');
  if (response.status === 304) return ok({ status: 304, etag });
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 200 || response.status === 201) {
    const parsed = schema.safeParse(body);
    return parsed.success ? ok({ status: response.status, body: parsed.data, etag }) : fail('server');
  }
  const error = errorResponseSchema.safeParse(body);
  const problem = problemFor(error.success ? error.data.error : undefined, response.status);
  if (problem === 'stale') return { ok: false, problem, current: error.success ? (error.data.current ?? null) : null };
  const retryAfter = Number(response.headers.get('retry-after'));
  return fail(problem, problem === 'rate-limited' && retryAfter > 0 ? retryAfter : undefined);
}
