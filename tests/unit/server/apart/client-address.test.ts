import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from '../../../../lib/server/apart/client-address';
import { ConfigError, loadConfig } from '../../../../lib/server/apart/config';

describe('client address', () => {
  it('ignores X-Forwarded-For when no proxy is configured: the client wrote it', () => {
    expect(clientAddress('1.2.3.4', 0)).toBe('direct');
    expect(clientAddress(null, 0)).toBe('direct');
  });

  it('takes the entry the first trusted proxy appended, whatever the client put before it', () => {
    expect(clientAddress('6.6.6.6, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(clientAddress('6.6.6.6, 198.51.100.7, 10.0.0.2', 2)).toBe('198.51.100.7');
    expect(clientAddress('198.51.100.7', 2)).toBe('unknown');
  });

  it('keys on an HMAC, never the address itself', () => {
    const secret = new Uint8Array(32).fill(9);
    const key = addressKey('198.51.100.7', secret);
    expect(key).not.toContain('198');
    expect(key).toBe(addressKey('198.51.100.7', secret));
    expect(key).not.toBe(addressKey('198.51.100.8', secret));
    expect(key).not.toBe(addressKey('198.51.100.7', new Uint8Array(32).fill(8)));
  });
});

describe('settings', () => {
  it('has working defaults with no environment at all', () => {
    const config = loadConfig({});
    expect(config.sqliteFile).toBe('./data/our-terms.sqlite');
    expect(config.trustedProxies).toBe(0);
    expect(config.benchRoutes).toBe(false);
  });

  it('stops with a message naming the bad setting', () => {
    expect(() => loadConfig({ APART_TRUSTED_PROXIES: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ APART_TRUSTED_PROXIES: 'yes' })).toThrow(/APART_TRUSTED_PROXIES/);
    expect(() => loadConfig({ APART_SERVER_SECRET: 'short' })).toThrow(/APART_SERVER_SECRET/);
    expect(() => loadConfig({ APART_MAX_BODY_BYTES: '10' })).toThrow(/APART_MAX_BODY_BYTES/);
  });
});
