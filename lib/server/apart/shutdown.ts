import 'server-only';
import { logEvent } from './logger';

/**
 * Graceful shutdown for this process. On SIGTERM (or SIGINT) `next start` stops accepting
 * connections, waits for the requests in flight and then exits. This runs beside it: the health
 * check turns 503 at once (so a proxy sends new requests elsewhere), and once the apart requests
 * in flight have finished, the store closes (the pool's connections end cleanly). Only this
 * process's own bookkeeping lives here; nothing a request decides on.
 */
interface DrainState {
  inFlight: number;
  draining: boolean;
  closed: boolean;
  installed: boolean;
  waiters: Array<() => void>;
}

const holder = globalThis as typeof globalThis & { __ourTermsDrain?: DrainState };
const state = (holder.__ourTermsDrain ??= { inFlight: 0, draining: false, closed: false, installed: false, waiters: [] });

/** Bounded: a request that hangs must not keep the pool open for ever. */
const DRAIN_LIMIT_MS = 10_000;

/** Call at the start of a request; call what it returns when the answer is ready. */
export function beginRequest(): () => void {
  state.inFlight += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    state.inFlight -= 1;
    if (state.inFlight === 0) for (const wake of state.waiters.splice(0)) wake();
  };
}

export const isDraining = (): boolean => state.draining;
export const isClosed = (): boolean => state.closed;

/** Marks the process as leaving, waits for its requests in flight (at most DRAIN_LIMIT_MS), then runs `close`. */
export async function drainAndClose(close: () => Promise<void>, limitMs = DRAIN_LIMIT_MS): Promise<void> {
  state.draining = true;
  if (state.inFlight > 0) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, limitMs);
      timer.unref();
      state.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  state.closed = true;
  await close().then(
    () => logEvent('storeClosed'),
    () => logEvent('storeCloseFailed'),
  );
}

/** Once per process, from the server's start (never in tests: a listener replaces Node's default exit on the signal). */
export function closeOnSignals(close: () => Promise<void>): void {
  if (state.installed) return;
  state.installed = true;
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    // With NEXT_MANUAL_SIG_HANDLE set, Next leaves the signal to us: then we also end the process.
    void drainAndClose(close).then(() => {
      if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
