import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../lib/crypto/bytes';
import { openBytes, openJson, PAD_TO, sealBytes, sealJson, type BlobPlace } from '../../../lib/crypto/envelope';
import { deriveAgreementKeys } from '../../../lib/crypto/keys';
import { createAgreementSecret } from '../../../lib/crypto/secret';

const SECRET = Uint8Array.from({ length: 32 }, (_, i) => i);
const ID = 'w9NAe1QmC5uhtmnNUN_kkQ';
const PLACE: BlobPlace = { id: ID, role: 'a', kind: 'answers', rev: 1 };

describe('envelope', () => {
  it('matches an AES-256-GCM known answer (computed with node:crypto) for a fixed IV', async () => {
    const { key } = await deriveAgreementKeys(SECRET);
    const sealed = await sealBytes(key, PLACE, new TextEncoder().encode('hello'), new Uint8Array(12).fill(7));
    expect(toBase64Url(sealed)).toBe('AQcHBwcHBwcHBwcHBxZHXBdc3dogn5jyf-TKEJsfh21TBw');
    const opened = await openBytes(key, PLACE, sealed);
    expect(opened.ok && new TextDecoder().decode(opened.value)).toBe('hello');
  });

  it('round-trips JSON with a fresh IV each time and pads the size', async () => {
    const { key } = await deriveAgreementKeys(SECRET);
    const value = { name: 'Alex', answers: { q1: 'ask-first' } };
    const one = await sealJson(key, PLACE, value);
    const two = await sealJson(key, PLACE, value);
    expect(one).not.toBe(two);
    expect(fromBase64Url(one)?.subarray(1, 13)).not.toEqual(fromBase64Url(two)?.subarray(1, 13));
    expect((fromBase64Url(one)?.length ?? 0) - 29).toBe(PAD_TO);
    expect(await openJson(key, PLACE, one)).toEqual({ ok: true, value });
  });

  it('says "altered" for every flipped byte, never garbage', async () => {
    const { key } = await deriveAgreementKeys(SECRET);
    const sealed = fromBase64Url(await sealJson(key, PLACE, { q: 'x' }))!;
    for (let i = 0; i < sealed.length; i += 1) {
      const tampered = sealed.slice();
      tampered[i] = (tampered[i] ?? 0) ^ 0x01;
      expect(await openJson(key, PLACE, toBase64Url(tampered))).toEqual({ ok: false, problem: 'altered' });
    }
  });

  it('says "altered" for a truncated blob, an empty one and text that is not base64url', async () => {
    const { key } = await deriveAgreementKeys(SECRET);
    const sealed = await sealJson(key, PLACE, { q: 'x' });
    for (const data of [sealed.slice(0, -4), sealed.slice(0, 20), '', 'not base64!']) {
      expect(await openJson(key, PLACE, data)).toEqual({ ok: false, problem: 'altered' });
    }
  });

  it('says "altered" under the wrong key (another link)', async () => {
    const { key } = await deriveAgreementKeys(SECRET);
    const { key: other } = await deriveAgreementKeys(createAgreementSecret());
    expect(await openJson(other, PLACE, await sealJson(key, PLACE, { q: 'x' }))).toEqual({ ok: false, problem: 'altered' });
  });

  it.each<[string, Partial<BlobPlace>]>([
    ["B's place (swapped roles)", { role: 'b' }],
    ['another kind', { kind: 'record' }],
    ['an older revision replayed as newer', { rev: 2 }],
    ['another agreement', { id: 'AAAAAAAAAAAAAAAAAAAAAA' }],
  ])('says "altered" when the blob is served from %s', async (_label, change) => {
    const { key } = await deriveAgreementKeys(SECRET);
    const sealed = await sealJson(key, PLACE, { q: 'x' });
    expect(await openJson(key, { ...PLACE, ...change }, sealed)).toEqual({ ok: false, problem: 'altered' });
  });

  it('refuses an unknown envelope version', async () => {
    const { key } = await deriveAgreementKeys(SECRET);
    const sealed = fromBase64Url(await sealJson(key, PLACE, { q: 'x' }))!;
    sealed[0] = 2;
    expect(await openBytes(key, PLACE, sealed)).toEqual({ ok: false, problem: 'altered' });
  });
});
