import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkIncoming } from '../../../lib/agreement/incoming';
import { findTemplate } from '../../../templates';
import { hostileCase, realAgreement, runCase, warmUp, type HostileCase } from '../fixtures/hostile-files';

// Hostile variants of a real export (tests/unit/fixtures/hostile-files.ts): no throw, no block of the page over 200 ms,
// a clear message, and the saved agreement byte-identical afterwards. The bench runs 10,000 (tests/bench/hostile-files.ts).

describe('hostile files against a real saved agreement', () => {
  beforeAll(warmUp, 30_000);

  it('the real agreement itself passes the incoming check', () => {
    expect(checkIncoming(findTemplate, realAgreement())).toMatchObject({ ok: true });
  });

  it('every variant is read and refused (or adds nothing) plainly, quickly, and changes nothing saved', async () => {
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(hostileCase, async (hostile) => {
        const { outcome } = await runCase(hostile);
        outcomes.set(`${hostile.kind}:${outcome}`, (outcomes.get(`${hostile.kind}:${outcome}`) ?? 0) + 1);
      }),
      { numRuns: 300 },
    );
    // The generator reaches every kind of answer the rules give.
    for (const expected of ['prefix:older', 'prefix:identical', 'fork:diverged', 'fork:altered', 'invalid:refused', 'pdfCycle:unreadable', 'pdfHuge:unreadable']) {
      expect([...outcomes.keys()]).toContain(expected);
    }
  }, 60_000);

  const known: ReadonlyArray<readonly [HostileCase, string]> = [
    [{ kind: 'pdfCycle', repeats: 12, depth: 3 }, 'unreadable'],
    [{ kind: 'pdfHuge', objects: 20_000 }, 'unreadable'],
    [{ kind: 'pdfPages', cyclic: true, footer: true }, 'unreadable'],
    [{ kind: 'pdfPages', cyclic: false, footer: false }, 'unreadable'],
    [{ kind: 'prefix', length: 1 }, 'older'],
    [{ kind: 'fork', from: 1, question: 1, sameMoment: true }, 'altered'],
  ];
  it.each(known)('%o gives %s', async (hostile, outcome) => {
    expect((await runCase(hostile)).outcome).toBe(outcome);
  });
});
