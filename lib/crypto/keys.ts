import { concatBytes, copy, fromBase64Url, sha256, toBase64Url, utf8 } from './bytes';
import { SECRET_BYTES } from './secret';

/**
 * Everything derived from the agreement secret S with HKDF-SHA-256. Each use has its own
 * `info` string, so knowing one output (the server knows the id and the invite token's hash)
 * says nothing about the others.
 */
export const HKDF_SALT = 'our-terms apart v1';
export const INFO = {
  id: 'our-terms apart v1 agreement id',
  invite: 'our-terms apart v1 invite token',
  key: 'our-terms apart v1 aes-256-gcm key',
  checkCode: 'our-terms apart v1 check code',
} as const;

export interface AgreementKeys {
  /** 16 bytes as base64url: the server's name for the agreement. */
  readonly id: string;
  /** Proves to the server that a device holds the link; the server stores only its hash. */
  readonly inviteToken: string;
  /** Encrypts every blob; never leaves the device (not extractable). */
  readonly key: CryptoKey;
}

async function hkdfBits(secret: Uint8Array, salt: Uint8Array, info: string, bits: number): Promise<Uint8Array<ArrayBuffer>> {
  const material = await globalThis.crypto.subtle.importKey('raw', copy(secret), 'HKDF', false, ['deriveBits']);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: copy(salt), info: utf8(info) };
  return new Uint8Array(await globalThis.crypto.subtle.deriveBits(params, material, bits));
}

export async function deriveAgreementKeys(secret: Uint8Array): Promise<AgreementKeys> {
  if (secret.length !== SECRET_BYTES) throw new Error('An agreement secret is 32 bytes.');
  const salt = utf8(HKDF_SALT);
  const [id, invite, raw] = await Promise.all([
    hkdfBits(secret, salt, INFO.id, 128),
    hkdfBits(secret, salt, INFO.invite, 256),
    hkdfBits(secret, salt, INFO.key, 256),
  ]);
  const key = await globalThis.crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  raw.fill(0);
  return { id: toBase64Url(id), inviteToken: toBase64Url(invite), key };
}

/** What the server stores for a token: SHA-256 of its bytes, as base64url. Random 256-bit tokens need no slow hash. */
export async function hashToken(token: string): Promise<string> {
  const bytes = fromBase64Url(token);
  if (!bytes) throw new Error('A token is base64url.');
  return toBase64Url(await sha256(bytes));
}

/**
 * Input for the check code: HKDF(S, salt = SHA-256(hash A ‖ hash B)). The server knows both hashes
 * but not S, so it cannot compute the code; a device that joined in B's place changes hash B, so the
 * two screens show different words.
 */
export async function checkCodeBytes(secret: Uint8Array, partnerHashA: string, partnerHashB: string, length: number): Promise<Uint8Array> {
  const a = fromBase64Url(partnerHashA);
  const b = fromBase64Url(partnerHashB);
  if (!a || !b || a.length !== 32 || b.length !== 32) throw new Error('A partner hash is 32 bytes.');
  const salt = await sha256(concatBytes(a, b));
  return hkdfBits(secret, salt, INFO.checkCode, length * 8);
}
