import { CHECK_WORDS } from './check-words';
import { checkCodeBytes } from './keys';

/** Four words: 32 bits, enough that a device in the wrong place cannot match by luck in one try. */
export const CHECK_CODE_WORDS = 4;

/**
 * The words both partners compare by voice or video. Same secret and same two partner hashes give
 * the same words on both devices; anything else gives different words.
 */
export async function checkCode(secret: Uint8Array, partnerHashA: string, partnerHashB: string): Promise<string[]> {
  const bytes = await checkCodeBytes(secret, partnerHashA, partnerHashB, CHECK_CODE_WORDS);
  return [...bytes].map((byte) => CHECK_WORDS[byte] as string);
}
