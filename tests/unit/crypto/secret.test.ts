import { describe, expect, it } from 'vitest';
import { createAgreementSecret, formatFragment, parseFragment } from '../../../lib/crypto/secret';

describe('link fragment', () => {
  it('round-trips a fresh secret through #v1.<base64url>', () => {
    const secret = createAgreementSecret();
    const fragment = formatFragment(secret);
    expect(fragment).toMatch(/^#v1\.[A-Za-z0-9_-]{43}$/);
    expect(parseFragment(fragment)).toEqual({ ok: true, secret });
    expect(parseFragment(fragment.slice(1))).toEqual({ ok: true, secret });
  });

  it('draws a new secret each time', () => {
    expect(formatFragment(createAgreementSecret())).not.toBe(formatFragment(createAgreementSecret()));
  });

  it.each([
    ['empty', ''],
    ['truncated', '#v1.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh'],
    ['too long', '#v1.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8A'],
    ['padded', '#v1.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8='],
    ['wrong version', '#v2.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8'],
    ['standard base64', '#v1.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh+'],
    ['non-canonical last character', '#v1.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh9'],
    ['extra parameters', '#v1.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8&x=1'],
    ['prefix', '#xv1.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8'],
  ])('refuses a %s link as bad-link', (_label, fragment) => {
    expect(parseFragment(fragment)).toEqual({ ok: false, problem: 'bad-link' });
  });

  it('accepts the canonical spelling of a known secret', () => {
    const parsed = parseFragment('#v1.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8');
    expect(parsed.ok && [...parsed.secret]).toEqual(Array.from({ length: 32 }, (_, i) => i));
  });
});
