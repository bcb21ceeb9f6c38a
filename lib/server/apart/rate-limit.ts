import 'server-only';
import { ApiError } from './http';
import { addressKey, clientAddress } from './client-address';
import type { Apart } from './runtime';

export interface LimitScope {
  /** Counted against the agreement as well as the address. */
  readonly agreementId?: string;
  /** Creating an agreement has its own, tighter budget per address. */
  readonly creating?: boolean;
}

/**
 * Counts this request against its address (an HMAC of it, never the address) and, when it names
 * one, its agreement: fixed windows, one atomic upsert per key, shared by every instance over the
 * same database. Over any limit: 429 with Retry-After.
 */
export async function enforceLimits(apart: Apart, request: Request, scope: LimitScope): Promise<void> {
  const { config, store } = apart;
  const address = addressKey(clientAddress(request.headers.get('x-forwarded-for'), config.trustedProxies), apart.addressSecret);
  const checks: Array<[string, number]> = [[`c:${address}`, config.ratePerAddress]];
  if (scope.agreementId) checks.push([`a:${addressKey(scope.agreementId, apart.addressSecret)}`, config.ratePerAgreement]);
  if (scope.creating) checks.push([`n:${address}`, config.rateCreatePerAddress]);
  const now = Date.now();
  const window = Math.floor(now / config.rateWindowMs);
  const counts = await store.hitRateLimits(checks.map(([key]) => key), window);
  if (counts.some((count, i) => count > (checks[i]?.[1] ?? Infinity))) {
    const retryAfter = Math.max(1, Math.ceil(((window + 1) * config.rateWindowMs - now) / 1000));
    throw new ApiError(429, 'rate-limited', {}, { 'Retry-After': String(retryAfter) });
  }
}
