import { afterEach, describe, expect, it } from 'vitest';
import type { Agreement } from '../../../lib/agreement/schema';
import { buildAgreementPdfModel } from '../../../lib/pdf/model';
import { printedCalendarDate, printedDate, printedDateTime } from '../../../lib/pdf/printed-dates';
import { tightenAlone } from '../../../lib/agreement/versions';
import { makeAgreement, NAMES } from '../fixtures/agreement-fixture';
import { fixtureTemplate } from '../fixtures/template-fixture';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** Signed together late on 31 January (UTC), then made stricter alone late on 10 March: days that differ by zone. */
function lateAgreement(): Agreement {
  const agreement = makeAgreement(fixtureTemplate, { reviewCadence: 'every3Months' }, new Date('2025-01-31T23:30:00.000Z'));
  const result = tightenAlone(fixtureTemplate, agreement, { by: 'a', questionId: 'reviewCadence', optionId: 'everyMonth', typedName: NAMES.a }, new Date('2025-03-10T23:45:00.000Z'));
  if (!result.ok) throw new Error(result.problem);
  return result.agreement;
}

/** The model as a device in `zone` builds it for the export. */
function modelOnDevice(zone: string, agreement: Agreement, versionNumber: number): string {
  process.env.TZ = zone;
  expect(new Date('2026-11-24T23:30:00.000Z').getTimezoneOffset()).not.toBe(0);
  return JSON.stringify(buildAgreementPdfModel({ template: fixtureTemplate, agreement, versionNumber, fingerprint: 'f'.repeat(64) }));
}

describe('printed dates and times', () => {
  it('spell out the UTC day and time, and say UTC', () => {
    expect(printedDate('2026-11-24T13:58:00.000Z')).toBe('24 November 2026');
    expect(printedDateTime('2026-11-24T13:58:00.000Z')).toBe('24 November 2026 at 13:58 UTC');
    expect(printedDateTime('2025-01-01T00:05:00.000Z')).toBe('1 January 2025 at 00:05 UTC');
    expect(printedCalendarDate('2026-12-24')).toBe('24 December 2026');
  });

  it('refuse a moment that is not one, rather than print "NaN"', () => {
    expect(() => printedDate('not a date')).toThrow(/Not a moment/);
  });

  it('make the same model on two devices half a world apart', () => {
    const agreement = lateAgreement();
    // The zones really differ here: late on 31 January UTC is already 1 February in Kiritimati.
    process.env.TZ = 'Pacific/Kiritimati';
    expect(new Date('2025-01-31T23:30:00.000Z').getDate()).toBe(1);
    process.env.TZ = 'Pacific/Pago_Pago';
    expect(new Date('2025-01-31T23:30:00.000Z').getDate()).toBe(31);

    for (const versionNumber of [1, 2]) {
      const east = modelOnDevice('Pacific/Kiritimati', agreement, versionNumber);
      const west = modelOnDevice('Pacific/Pago_Pago', agreement, versionNumber);
      expect(east).toBe(west);
    }
    const model = JSON.parse(modelOnDevice('Asia/Kolkata', agreement, 2)) as { record: string[]; signatures: { signedAt: string }[] };
    expect(model.record[0]).toContain('on 10 March 2025');
    expect(model.signatures[0]?.signedAt).toBe('Signed 10 March 2025 at 23:45 UTC');
  });
});
