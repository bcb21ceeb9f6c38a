import { describe, expect, it } from 'vitest';
import { checkCode } from '../../../lib/crypto/check-code';
import { CHECK_WORDS } from '../../../lib/crypto/check-words';
import { fromBase64Url, toBase64Url } from '../../../lib/crypto/bytes';
import { deriveAgreementKeys, hashToken } from '../../../lib/crypto/keys';
import { createPartnerToken, isToken } from '../../../lib/crypto/partner-token';

// Known answers, computed with Node's own HKDF (node:crypto hkdfSync), an independent implementation.
const SECRET = Uint8Array.from({ length: 32 }, (_, i) => i);
const HASH_A = 'cs1uhCLEB_ttCYaQ8RMLfe1-wvf14dML2dUh8BU2N5M'; // SHA-256 of 32 bytes of 0x01
const HASH_B = 'dYd7tB05O1-4RVzmDs2N2gAdBjFklrFN-n-JVlbuyko'; // SHA-256 of 32 bytes of 0x02

describe('agreement keys', () => {
  it('derives the id and invite token from the secret with distinct HKDF info strings (known answers)', async () => {
    const keys = await deriveAgreementKeys(SECRET);
    expect(keys.id).toBe('w9NAe1QmC5uhtmnNUN_kkQ');
    expect(keys.inviteToken).toBe('ES6A2MwfyP-KY47BAsugpeq_0wuOfNazTscoI_EhIt4');
    expect(keys.key.extractable).toBe(false);
    expect(keys.key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
  });

  it('gives different keys for a secret one bit away', async () => {
    const other = SECRET.slice();
    other[31] = (other[31] ?? 0) ^ 1;
    const [a, b] = await Promise.all([deriveAgreementKeys(SECRET), deriveAgreementKeys(other)]);
    expect(b.id).not.toBe(a.id);
    expect(b.inviteToken).not.toBe(a.inviteToken);
  });

  it('refuses a secret of the wrong length', async () => {
    await expect(deriveAgreementKeys(new Uint8Array(31))).rejects.toThrow();
  });

  it('hashes a token with SHA-256 (known answer)', async () => {
    expect(await hashToken(toBase64Url(new Uint8Array(32).fill(1)))).toBe(HASH_A);
    expect(await hashToken(toBase64Url(new Uint8Array(32).fill(2)))).toBe(HASH_B);
  });

  it('makes fresh 256-bit partner tokens', () => {
    const a = createPartnerToken();
    const b = createPartnerToken();
    expect(isToken(a)).toBe(true);
    expect(fromBase64Url(a)).toHaveLength(32);
    expect(a).not.toBe(b);
  });
});

describe('check code', () => {
  it('is four words from HKDF(S, salt = SHA-256(hash A ‖ hash B)) (known answer)', async () => {
    // HKDF output 73 1f c9 fb → words 0x73, 0x1f, 0xc9, 0xfb.
    expect(await checkCode(SECRET, HASH_A, HASH_B)).toEqual([CHECK_WORDS[0x73], CHECK_WORDS[0x1f], CHECK_WORDS[0xc9], CHECK_WORDS[0xfb]]);
  });

  it('changes when a different device stands in as B, or the partners swap', async () => {
    const honest = await checkCode(SECRET, HASH_A, HASH_B);
    const intruder = await hashToken(createPartnerToken());
    expect(await checkCode(SECRET, HASH_A, intruder)).not.toEqual(honest);
    expect(await checkCode(SECRET, HASH_B, HASH_A)).not.toEqual(honest);
  });

  it('ships 256 distinct plain words', () => {
    expect(new Set(CHECK_WORDS).size).toBe(256);
    for (const word of CHECK_WORDS) expect(word).toMatch(/^[a-z]{2,8}$/);
  });
});
