import { describe, expect, it } from 'vitest';
import {
  DENIED_FEATURES,
  HSTS_VALUE,
  baseSecurityHeaders,
  buildCsp,
  createNonce,
  isHttpsRequest,
  pageSecurityHeaders,
} from '../../../lib/server/security-headers';
import { parseCsp } from '../../support/parse-csp';

describe('createNonce', () => {
  it('is base64 of 16 random bytes', () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(atob(nonce)).toHaveLength(16);
  });

  it('differs every time', () => {
    const nonces = new Set(Array.from({ length: 200 }, createNonce));
    expect(nonces.size).toBe(200);
  });
});

describe('buildCsp', () => {
  const nonce = 'AAAAAAAAAAAAAAAAAAAAAA==';

  it('lets scripts run only with the nonce, in production without any eval', () => {
    const csp = parseCsp(buildCsp({ nonce, isDev: false }));
    expect(csp.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'wasm-unsafe-eval'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('adds unsafe-eval and inline styles in development only', () => {
    const dev = parseCsp(buildCsp({ nonce, isDev: true }));
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('allows no inline styles beyond nonced ones', () => {
    const styles = parseCsp(buildCsp({ nonce, isDev: false })).get('style-src');
    expect(styles).toEqual(["'self'", `'nonce-${nonce}'`]);
  });

  it('keeps everything on our own origin and cannot be framed', () => {
    const csp = parseCsp(buildCsp({ nonce, isDev: false }));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    // data: only: yoga-layout (PDF) fetches its own inline WebAssembly; a data: URL never reaches a network.
    expect(csp.get('connect-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('font-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no other host anywhere', () => {
    const csp = buildCsp({ nonce, isDev: false });
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('refuses a nonce that is not base64 (it would break the header)', () => {
    for (const bad of ['', 'short', "abc'; script-src *", 'AAAAAAAAAAAAAAAAAAAA AA==']) {
      expect(() => buildCsp({ nonce: bad, isDev: false })).toThrow();
    }
  });
});

describe('isHttpsRequest', () => {
  it.each([
    ['http://127.0.0.1:3000/', null, false],
    ['https://example.org/', null, true],
    ['http://127.0.0.1:3000/', 'https', true],
    ['http://127.0.0.1:3000/', 'HTTPS', true],
    ['http://127.0.0.1:3000/', 'https, http', true],
    ['https://example.org/', 'http', false],
    ['http://127.0.0.1:3000/', '', false],
    ['not a url', null, false],
  ] as const)('%s with x-forwarded-proto %s → %s', (url, proto, expected) => {
    expect(isHttpsRequest(url, proto)).toBe(expected);
  });
});

describe('baseSecurityHeaders', () => {
  it('sets the fixed headers', () => {
    const headers = baseSecurityHeaders({ isHttps: false });
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('denies camera, microphone, geolocation and the other powerful features', () => {
    const policy = baseSecurityHeaders({ isHttps: false })['Permissions-Policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'display-capture']) {
      expect(policy).toContain(`${feature}=()`);
    }
    expect(policy.split(', ')).toHaveLength(DENIED_FEATURES.length);
  });

  it('sends HSTS only over HTTPS', () => {
    expect(baseSecurityHeaders({ isHttps: false })).not.toHaveProperty('Strict-Transport-Security');
    expect(baseSecurityHeaders({ isHttps: true })['Strict-Transport-Security']).toBe(HSTS_VALUE);
    expect(HSTS_VALUE).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(HSTS_VALUE)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });
});

describe('pageSecurityHeaders', () => {
  it('adds the CSP to the base headers', () => {
    const nonce = createNonce();
    const headers = pageSecurityHeaders({ nonce, isDev: false, isHttps: true });
    expect(headers['Content-Security-Policy']).toContain(`'nonce-${nonce}'`);
    expect(headers['Strict-Transport-Security']).toBe(HSTS_VALUE);
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });
});
