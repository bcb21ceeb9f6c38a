import 'server-only';
import { logEvent } from './logger';
import { randomBytes } from 'node:crypto';
import { openStore } from '../store/open';
import type { Store } from '../store/store';
import { loadConfig, type ApartConfig } from './config';
import { expireNow } from './operations';

/** What every apart request needs: the settings (checked once), the store and the address-hashing secret. */
export interface Apart {
  readonly config: ApartConfig;
  readonly store: Store;
  readonly addressSecret: Uint8Array;
}

/**
 * This process's handle on the store, nothing more: every fact a request depends on (limits,
 * sealing, revisions, expiry) lives in the database, so any instance can answer any request.
 * On globalThis so that a dev server's module reloads do not open a second connection.
 */
const holder = globalThis as typeof globalThis & { __ourTermsApart?: Promise<Apart> };

/**
 * Opens the store the first time it is needed (or at start, from instrumentation.ts), runs the
 * migrations, and starts the expiry sweep. A failure is remembered, so every request answers 503
 * instead of retrying a broken setting on each one.
 */
export function getApart(): Promise<Apart> {
  holder.__ourTermsApart ??= start();
  return holder.__ourTermsApart;
}

let stopSweep = (): void => {};

/** Stops the sweep and closes the store (the pool on PostgreSQL); for a graceful shutdown. */
export async function closeApart(): Promise<void> {
  const pending = holder.__ourTermsApart;
  if (!pending) return;
  stopSweep();
  const apart = await pending.catch(() => null);
  await apart?.store.close();
}

async function start(): Promise<Apart> {
  const config = loadConfig(process.env);
  const store = await openStore(config);
  const addressSecret = config.serverSecret
    ? Buffer.from(config.serverSecret, 'base64url')
    : await store.getOrCreateMeta('address-secret', randomBytes(32));
  const apart: Apart = { config, store, addressSecret };
  await expireNow(apart);
  // Every instance runs its own sweep; the store makes concurrent sweeps safe (see KyselyStore.expire).
  const timer = setInterval(() => void expireNow(apart).catch(() => logEvent('expiryFailed')), config.expiryIntervalMs);
  timer.unref();
  stopSweep = () => clearInterval(timer);
  return apart;
}
