import { concatBytes, copy, fromBase64Url, fromUtf8, randomBytes, toBase64Url, utf8 } from './bytes';

/**
 * A sealed blob: one version byte, a fresh 12-byte IV, then AES-256-GCM ciphertext with its tag.
 * The associated data binds the blob to its place (agreement id, role, kind, revision), so a server
 * that swaps A's and B's blobs, moves a blob between kinds or serves an older revision under a newer
 * number is caught: the decrypt fails instead of showing the wrong thing.
 */
export const ENVELOPE_VERSION = 1;
export const IV_BYTES = 12;
const TAG_BYTES = 16;

export type BlobRole = 'a' | 'b' | 'shared';
export type BlobKind = 'answers' | 'progress' | 'record';

export interface BlobPlace {
  readonly id: string;
  readonly role: BlobRole;
  readonly kind: BlobKind;
  readonly rev: number;
}

/** A failed decrypt says only this; what went wrong is nobody's business but the key's. */
export type Opened<T> = { ok: true; value: T } | { ok: false; problem: 'altered' };

export function associatedData({ id, role, kind, rev }: BlobPlace): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]+$/.test(id) || !Number.isSafeInteger(rev) || rev < 0) throw new Error('A blob place needs a base64url id and a whole revision.');
  return concatBytes(Uint8Array.of(ENVELOPE_VERSION), utf8(`${id}|${role}|${kind}|${rev}`));
}

/** `iv` is only for known-answer tests; real callers always get a fresh random one. */
export async function sealBytes(key: CryptoKey, place: BlobPlace, plaintext: Uint8Array, iv: Uint8Array = randomBytes(IV_BYTES)): Promise<Uint8Array> {
  if (iv.length !== IV_BYTES) throw new Error('The IV is 12 bytes.');
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: copy(iv), additionalData: associatedData(place), tagLength: TAG_BYTES * 8 },
    key,
    copy(plaintext),
  );
  return concatBytes(Uint8Array.of(ENVELOPE_VERSION), iv, new Uint8Array(ciphertext));
}

export async function openBytes(key: CryptoKey, place: BlobPlace, envelope: Uint8Array): Promise<Opened<Uint8Array>> {
  if (envelope.length < 1 + IV_BYTES + TAG_BYTES || envelope[0] !== ENVELOPE_VERSION) return { ok: false, problem: 'altered' };
  try {
    const plaintext = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: copy(envelope.subarray(1, 1 + IV_BYTES)), additionalData: associatedData(place), tagLength: TAG_BYTES * 8 },
      key,
      copy(envelope.subarray(1 + IV_BYTES)),
    );
    return { ok: true, value: new Uint8Array(plaintext) };
  } catch {
    return { ok: false, problem: 'altered' };
  }
}

/** Plaintext is padded to a multiple of this, so a blob's size says less about a name's length or an answer's. */
export const PAD_TO = 256;

/** Seals a JSON value and returns the envelope as base64url, the form it travels and is stored in. */
export async function sealJson(key: CryptoKey, place: BlobPlace, value: unknown): Promise<string> {
  const json = utf8(JSON.stringify(value));
  const padded = new Uint8Array(Math.ceil((json.length + 1) / PAD_TO) * PAD_TO).fill(0x20);
  padded.set(json);
  return toBase64Url(await sealBytes(key, place, padded));
}

/** Opens what {@link sealJson} made. Anything else, altered or under the wrong key or place, is 'altered'. */
export async function openJson(key: CryptoKey, place: BlobPlace, data: string): Promise<Opened<unknown>> {
  const envelope = fromBase64Url(data);
  if (!envelope) return { ok: false, problem: 'altered' };
  const opened = await openBytes(key, place, envelope);
  if (!opened.ok) return opened;
  try {
    return { ok: true, value: JSON.parse(fromUtf8(opened.value)) as unknown };
  } catch {
    return { ok: false, problem: 'altered' };
  }
}
