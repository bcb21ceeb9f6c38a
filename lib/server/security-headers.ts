import 'server-only';

/**
 * The security headers every response carries, built as plain data so they can
 * be unit-tested; `proxy.ts` only wires them to requests.
 *
 * What each one is for:
 * - Content-Security-Policy: scripts run only with this request's nonce (and
 *   what those scripts load, via 'strict-dynamic'); nothing is fetched from,
 *   posted to or framed by any other site.
 * - Referrer-Policy: no page address (an agreement id) leaks anywhere.
 * - Permissions-Policy: the app never needs a camera, microphone or location.
 * - Cross-Origin-Opener-Policy: no other tab keeps a handle on ours.
 * - Strict-Transport-Security: only over HTTPS (on plain HTTP it is ignored,
 *   and on 127.0.0.1 it would be wrong).
 */

/** Features the app never uses; each is denied to every origin, this one included. */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

export interface CspOptions {
  /** Fresh for every request: see {@link createNonce}. */
  readonly nonce: string;
  /**
   * `next dev` needs 'unsafe-eval' (React rebuilds server error stacks with eval) and inline styles;
   * production never gets either.
   */
  readonly isDev: boolean;
}

/**
 * A base64 nonce from 16 random bytes (128 bits), as CSP recommends.
 * Uses `globalThis.crypto`, so it runs the same in the proxy and in Node tests.
 */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const NONCE_PATTERN = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/**
 * The Content-Security-Policy for a page.
 *
 * Styles: `style-src 'self' 'nonce-…'`, no 'unsafe-inline'. The app's CSS is one
 * stylesheet from our origin and no component sets an inline style: a `style="…"`
 * attribute in server-rendered HTML would be blocked, and the browser test for
 * CSP violations catches that.
 *
 * WebAssembly: 'wasm-unsafe-eval' lets the page compile WebAssembly, and nothing
 * else: JavaScript `eval` and `new Function` stay blocked. The PDF export needs it:
 * @react-pdf/renderer lays out pages with yoga-layout 3, which ships its engine
 * as WebAssembly (`yoga-layout/load`). Without it the export fails with a CSP
 * CompileError (tests/e2e/headers.spec.ts renders a PDF under this policy).
 *
 * yoga's loader first tries `fetch()` on its own `data:` URL (then falls back to
 * decoding it), so connect-src allows `data:` too: reading a data: URL never
 * touches the network, so it cannot send anything anywhere.
 *
 * Workers: `blob:` in case the PDF renderer moves its work to a worker.
 *
 * @example buildCsp({ nonce: createNonce(), isDev: false })
 */
export function buildCsp({ nonce, isDev }: CspOptions): string {
  if (!NONCE_PATTERN.test(nonce)) throw new Error('A CSP nonce must be base64 of at least 12 random bytes.');
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'wasm-unsafe-eval'", ...(isDev ? ["'unsafe-eval'"] : [])],
    // `next dev` injects its CSS and error overlay as <style> elements without the nonce.
    'style-src': isDev ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", 'data:'],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'media-src': ["'none'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** True when the request reached us over HTTPS, directly or through a proxy that says so. */
export function isHttpsRequest(url: string, forwardedProto: string | null): boolean {
  // A chain of proxies gives "https, http": the first is what the browser used.
  const first = forwardedProto?.split(',')[0]?.trim().toLowerCase();
  if (first) return first === 'https';
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Two years, with subdomains: the preload list's minimum. */
export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

/** Headers for every response (pages, static files, route handlers, 404s), CSP aside. */
export function baseSecurityHeaders({ isHttps }: Readonly<{ isHttps: boolean }>): Record<string, string> {
  return {
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    ...(isHttps ? { 'Strict-Transport-Security': HSTS_VALUE } : {}),
  };
}

/** Everything a page response carries: the base headers plus the CSP with this request's nonce. */
export function pageSecurityHeaders(options: CspOptions & { isHttps: boolean }): Record<string, string> {
  return { ...baseSecurityHeaders(options), 'Content-Security-Policy': buildCsp(options) };
}
