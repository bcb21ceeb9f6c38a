import 'server-only';
import type { z } from 'zod';
import type { ErrorCode, ErrorResponse } from '../../apart/api-types';
import { baseSecurityHeaders, isHttpsRequest } from '../security-headers';

/** A refusal with its HTTP status; the handler wrapper turns it into the answer. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly extra: Omit<ErrorResponse, 'error'> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code);
  }
}

export const notFound = () => new ApiError(404, 'not-found');
export const badRequest = () => new ApiError(400, 'bad-request');

/** JSON answers never name a script or frame anything. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** What every API answer carries, whatever the proxy adds: no caching anywhere, and the strict headers. */
export function apiHeaders(request: Request): Record<string, string> {
  return {
    ...baseSecurityHeaders({ isHttps: isHttpsRequest(request.url, request.headers.get('x-forwarded-proto')) }),
    'Content-Security-Policy': API_CSP,
    'Cache-Control': 'no-store',
  };
}

export function json(request: Request, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(status === 204 || status === 304 ? null : JSON.stringify(body), {
    status,
    headers: { ...apiHeaders(request), ...(status === 304 ? {} : { 'Content-Type': 'application/json' }), ...headers },
  });
}

export function errorResponse(request: Request, error: ApiError): Response {
  return json(request, error.status, { error: error.code, ...error.extra }, error.headers);
}

/**
 * Reads a JSON body of at most `maxBytes` (413 beyond, counted as it arrives, whatever
 * Content-Length claims) and checks it against `schema` (400 when it does not fit).
 */
export async function readBody<T>(request: Request, schema: z.ZodType<T>, maxBytes: number): Promise<T> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new ApiError(413, 'too-large');
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new ApiError(413, 'too-large');
      }
      chunks.push(value);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw badRequest();
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw badRequest();
  return result.data;
}

/** `Authorization: Bearer <43 base64url characters>`, or null. */
export function bearer(request: Request): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}
