import { randomBytes, toBase64Url } from './bytes';

/**
 * Each device's own partner secret P: 256 random bits, kept on the device and sent only as
 * `Authorization: Bearer <P>`, never in a URL. The server keeps SHA-256(P) per role, which lets it
 * tell A from B (and enforce the sealing) without being able to read anything.
 */
export function createPartnerToken(): string {
  return toBase64Url(randomBytes(32));
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
