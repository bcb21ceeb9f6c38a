import { describe, expect, it } from 'vitest';
import { nextPollDelay, POLL_SLOW_MS, POLL_VISIBLE_MS } from '../../../lib/apart/poll';

describe('apart status poll: when to ask again', () => {
  it('every 2 s while visible, every 15 s when hidden or failing', () => {
    expect(POLL_VISIBLE_MS).toBe(2_000);
    expect(POLL_SLOW_MS).toBe(15_000);
    expect(nextPollDelay({ hidden: false, problem: null })).toBe(POLL_VISIBLE_MS);
    expect(nextPollDelay({ hidden: true, problem: null })).toBe(POLL_SLOW_MS);
    expect(nextPollDelay({ hidden: false, problem: 'offline' })).toBe(POLL_SLOW_MS);
  });

  it('waits as long as the server asks when rate-limited, never less than the slow pace', () => {
    expect(nextPollDelay({ hidden: false, problem: 'rate-limited', retryAfter: 60 })).toBe(60_000);
    expect(nextPollDelay({ hidden: false, problem: 'rate-limited', retryAfter: 1 })).toBe(POLL_SLOW_MS);
    expect(nextPollDelay({ hidden: false, problem: 'rate-limited' })).toBe(POLL_SLOW_MS);
  });

  it('stops once the shared copy is gone', () => {
    expect(nextPollDelay({ hidden: false, problem: 'not-found' })).toBeNull();
  });
});
