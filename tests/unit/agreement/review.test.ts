import { describe, expect, it } from 'vitest';
import { addMonths, isReviewDue, localCalendarDate, nextReviewAsOf, nextReviewDate, nextReviewForAgreement, reviewMonths } from '../../../lib/agreement/review';
import type { SignedTerm } from '../../../lib/agreement/schema';
import { tightenAlone, withdraw } from '../../../lib/agreement/versions';
import { makeAgreement, NAMES } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const cadence = (optionId: string): SignedTerm[] => [{ questionId: 'reviewCadence', optionId, settledBy: 'same' }];
const version = (optionId: string, createdAt: string) => ({ terms: cadence(optionId), createdAt });
const review = template.review;

describe('nextReviewDate', () => {
  it.each([
    ['every6Months', '2025-07-15'],
    ['every3Months', '2025-04-15'],
    ['everyMonth', '2025-02-15'],
  ])('adds the agreed cadence %s', (optionId, expected) => {
    expect(nextReviewDate(review, version(optionId, '2025-01-15T12:00:00.000Z'))).toBe(expected);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2025-05-31', 1, '2025-06-30'],
    ['2025-12-31', 1, '2026-01-31'],
    ['2025-10-15', 3, '2026-01-15'],
    ['0050-03-31', 1, '0050-04-30'],
  ])('clamps calendar months: %s + %i → %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('counts from the UTC day the version was made', () => {
    expect(nextReviewDate(review, version('everyMonth', '2025-01-31T23:59:59.999Z'))).toBe('2025-02-28');
  });

  it('reviews sooner, never later, when the cadence is unknown or missing', () => {
    expect(reviewMonths(review, { terms: cadence('everyYear') })).toBe(1);
    expect(reviewMonths(review, { terms: cadence('constructor') })).toBe(1);
    expect(reviewMonths(review, { terms: [] })).toBe(1);
    const other = (monthsByOption: Record<string, number>) => ({ questionId: 'reviewCadence', monthsByOption });
    expect(reviewMonths(other({ every6Months: 6, everyWeekish: 2 }), { terms: cadence('every6Months') })).toBe(6);
    expect(reviewMonths(other({ every6Months: 6, every2Months: 2 }), { terms: cadence('x') })).toBe(2);
    // The template's own question id, not a fixed one.
    expect(reviewMonths({ questionId: 'lookAgain', monthsByOption: { soon: 2, later: 4 } }, { terms: [{ questionId: 'lookAgain', optionId: 'later', settledBy: 'same' }] })).toBe(4);
  });

  it('rejects a date that is not a calendar date', () => {
    expect(() => addMonths('31/01/2025', 1)).toThrow();
  });
});

describe('nextReviewForAgreement', () => {
  it('uses the cadence in force, counted from the last version both signed', () => {
    const agreement = makeAgreement(template, { reviewCadence: 'every6Months' }, new Date('2025-01-31T10:00:00.000Z'));
    expect(nextReviewForAgreement(review, agreement)).toBe('2025-07-31');
    const tightened = tightenAlone(template, agreement, { by: 'a', questionId: 'reviewCadence', optionId: 'every3Months', typedName: NAMES.a }, new Date('2025-03-10T10:00:00.000Z'));
    if (!tightened.ok) throw new Error(tightened.problem);
    expect(nextReviewForAgreement(review, tightened.agreement)).toBe('2025-04-30');
  });

  it('gives every version the date the app shows while it is in force: a tightened version counts from the last one both signed', () => {
    const agreement = makeAgreement(template, { reviewCadence: 'every6Months' }, new Date('2025-01-31T10:00:00.000Z'));
    const tightened = tightenAlone(template, agreement, { by: 'a', questionId: 'reviewCadence', optionId: 'every3Months', typedName: NAMES.a }, new Date('2025-03-10T10:00:00.000Z'));
    if (!tightened.ok) throw new Error(tightened.problem);
    // Version 2's own date would say 10 June; both last looked at it together on 31 January.
    expect(nextReviewAsOf(review, tightened.agreement, 2)).toBe('2025-04-30');
    expect(nextReviewAsOf(review, tightened.agreement, 2)).toBe(nextReviewForAgreement(review, tightened.agreement));
    // An older version keeps the date it had while it was in force.
    expect(nextReviewAsOf(review, tightened.agreement, 1)).toBe('2025-07-31');
    expect(nextReviewAsOf(review, tightened.agreement, 3)).toBeNull();
  });

  it('has no review once withdrawn', () => {
    const withdrawn = withdraw(makeAgreement(), 'a');
    if (!withdrawn.ok) throw new Error(withdrawn.problem);
    expect(nextReviewForAgreement(review, withdrawn.agreement)).toBeNull();
  });

  it('is due on the day and after', () => {
    expect(isReviewDue('2025-02-28', '2025-02-27')).toBe(false);
    expect(isReviewDue('2025-02-28', '2025-02-28')).toBe(true);
    expect(isReviewDue('2025-02-28', '2025-03-01')).toBe(true);
    expect(localCalendarDate(new Date(2025, 0, 5, 12))).toBe('2025-01-05');
  });
});
