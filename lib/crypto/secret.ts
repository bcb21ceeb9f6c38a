import { fromBase64Url, randomBytes, toBase64Url } from './bytes';

/** The agreement secret S: 256 random bits, carried only in the link's fragment. */
export const SECRET_BYTES = 32;

/** `#v1.` then 43 base64url characters; one anchored pattern, so nothing else in a fragment is accepted. */
const FRAGMENT_PATTERN = /^#?v1\.([A-Za-z0-9_-]{43})$/;

export type ParsedFragment = { ok: true; secret: Uint8Array } | { ok: false; problem: 'bad-link' };

export function createAgreementSecret(): Uint8Array {
  return randomBytes(SECRET_BYTES);
}

/** The fragment for an invite link, with its leading `#`. */
export function formatFragment(secret: Uint8Array): string {
  if (secret.length !== SECRET_BYTES) throw new Error('An agreement secret is 32 bytes.');
  return `#v1.${toBase64Url(secret)}`;
}

/** Reads `location.hash` (with or without `#`). A wrong, truncated or padded link is 'bad-link'. */
export function parseFragment(fragment: string): ParsedFragment {
  const match = FRAGMENT_PATTERN.exec(fragment.trim());
  const secret = match?.[1] ? fromBase64Url(match[1]) : null;
  if (!secret || secret.length !== SECRET_BYTES) return { ok: false, problem: 'bad-link' };
  return { ok: true, secret };
}
