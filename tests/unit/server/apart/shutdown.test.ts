import { describe, expect, it } from 'vitest';
import { beginRequest, drainAndClose, isClosed, isDraining } from '../../../../lib/server/apart/shutdown';

describe('graceful shutdown', () => {
  it('closes the store only after the requests in flight have finished, and refuses new ones after', async () => {
    const first = beginRequest();
    const second = beginRequest();
    const events: string[] = [];
    const closing = drainAndClose(async () => void events.push('closed'));
    expect(isDraining()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual([]);
    first();
    first(); // a second call of the same finisher counts once
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual([]);
    expect(isClosed()).toBe(false);
    events.push('last request done');
    second();
    await closing;
    expect(events).toEqual(['last request done', 'closed']);
    expect(isClosed()).toBe(true);
  });

  it('does not wait for ever on a request that hangs', async () => {
    beginRequest();
    const started = Date.now();
    let closed = false;
    await drainAndClose(async () => void (closed = true), 50);
    expect(closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
