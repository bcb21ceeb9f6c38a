import { describe, expect, it } from 'vitest';
import { entryOutcome } from '../../../lib/agreement/entry-check';

describe('entry check', () => {
  it('ends at once on a lone "no", without the other answers', () => {
    expect(entryOutcome({ adults: 'no' })).toEqual({ kind: 'stop', support: 'age' });
    expect(entryOutcome({ freely: 'no' })).toEqual({ kind: 'stop', support: 'pressure' });
    expect(entryOutcome({ safeNow: 'no', adults: null })).toEqual({ kind: 'stop', support: 'pressure' });
  });

  it('gives the under-18 help whenever the age answer is "no", even beside another "no"', () => {
    expect(entryOutcome({ adults: 'no', freely: 'no', safeNow: 'no' })).toEqual({ kind: 'stop', support: 'age' });
    expect(entryOutcome({ freely: 'no', adults: 'no' })).toEqual({ kind: 'stop', support: 'age' });
  });

  it('starts only with three yeses, and names what is still unanswered', () => {
    expect(entryOutcome({ adults: 'yes', freely: 'yes', safeNow: 'yes' })).toEqual({ kind: 'start' });
    expect(entryOutcome({ adults: 'yes' })).toEqual({ kind: 'unanswered', missing: ['freely', 'safeNow'] });
    expect(entryOutcome({})).toEqual({ kind: 'unanswered', missing: ['adults', 'freely', 'safeNow'] });
  });
});
