import type { ApartProblem } from './problems';

/** How often a phone asks for the status: often while someone looks, rarely when hidden or failing. */
export const POLL_VISIBLE_MS = 2_000;
export const POLL_SLOW_MS = 15_000;

export interface PollSituation {
  readonly hidden: boolean;
  /** The last poll's refusal, null when it answered. */
  readonly problem: ApartProblem | null;
  /** Seconds the server asked to wait (Retry-After), when it did. */
  readonly retryAfter?: number | undefined;
}

/** Milliseconds until the next poll, or null to stop: a deleted or expired copy has nothing more to say. */
export function nextPollDelay({ hidden, problem, retryAfter }: PollSituation): number | null {
  if (problem === 'not-found') return null;
  const base = hidden || problem !== null ? POLL_SLOW_MS : POLL_VISIBLE_MS;
  return problem === 'rate-limited' && retryAfter !== undefined ? Math.max(base, retryAfter * 1_000) : base;
}
