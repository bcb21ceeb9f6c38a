import { NextResponse, type NextRequest } from 'next/server';
import { baseSecurityHeaders, createNonce, isHttpsRequest, pageSecurityHeaders } from './lib/server/security-headers';

/**
 * Security headers on every response. No matcher on purpose: the proxy runs for
 * pages, route handlers, 404s, `public/` files and `_next/static` alike.
 * Pages get a fresh nonce; Next reads it from the request's CSP header and puts
 * it on its own scripts (that needs dynamic rendering: see SECURITY.md).
 */
export function proxy(request: NextRequest) {
  const isHttps = isHttpsRequest(request.url, request.headers.get('x-forwarded-proto'));
  if (request.nextUrl.pathname.startsWith('/_next/static/')) {
    return withHeaders(NextResponse.next(), baseSecurityHeaders({ isHttps }));
  }
  const headers = pageSecurityHeaders({ nonce: createNonce(), isDev: process.env.NODE_ENV === 'development', isHttps });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'] ?? '');
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

function withHeaders(response: NextResponse, headers: Readonly<Record<string, string>>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
