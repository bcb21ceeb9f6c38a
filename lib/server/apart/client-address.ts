import 'server-only';
import { createHmac } from 'node:crypto';

/**
 * The client's address, as far as we can know it. `next start` passes a client-sent X-Forwarded-For
 * through unchanged and only fills it in (with the socket address) when it is missing, so without a
 * proxy of our own the header is the client's word: then every request shares one 'direct' key.
 * With N trusted proxies appending to the header, the Nth entry from the right is the address the
 * first of them saw, which the client cannot choose.
 */
export function clientAddress(forwardedFor: string | null, trustedProxies: number): string {
  if (trustedProxies === 0) return 'direct';
  const hops = (forwardedFor ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return hops[hops.length - trustedProxies] ?? 'unknown';
}

/** The address is never stored: only this HMAC under the server secret, so a database thief cannot list who came. */
export function addressKey(address: string, secret: Uint8Array): string {
  return createHmac('sha256', secret).update(address).digest('base64url').slice(0, 32);
}
