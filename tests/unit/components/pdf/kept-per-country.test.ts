import { describe, expect, it } from 'vitest';
import { keptPerCountry, type AgreementPdfJob } from '../../../../components/pdf/use-agreement-pdf';
import { makeAgreement } from '../../fixtures/agreement-fixture';
import { findTemplate } from '../../../../templates';

const template = findTemplate('intimate-messaging', 2)!;
const agreement = makeAgreement(template);
const job: AgreementPdfJob = { template, agreement, versionNumber: 1 };

describe('the PDF made ahead, per country', () => {
  it('hands over the same result for the same job and country, and makes it again for another country', async () => {
    const made: Array<string | undefined> = [];
    const bytes = keptPerCountry(async (asked) => {
      made.push(asked.country);
      return `pdf for ${asked.country ?? 'anywhere'}`;
    });
    const first = bytes({ ...job, country: 'AU' });
    expect(bytes({ ...job, country: 'AU' })).toBe(first);
    expect(await first).toBe('pdf for AU');
    expect(await bytes({ ...job, country: 'GB' })).toBe('pdf for GB');
    expect(await bytes(job)).toBe('pdf for anywhere');
    // Back to a country chosen before: that PDF was discarded, so it is made again, never the other country's.
    expect(await bytes({ ...job, country: 'AU' })).toBe('pdf for AU');
    expect(made).toEqual(['AU', 'GB', undefined, 'AU']);
  });

  it('still discards the result when the agreement changes under the same country', async () => {
    let count = 0;
    const bytes = keptPerCountry(async () => ++count);
    expect(await bytes({ ...job, country: 'GB' })).toBe(1);
    expect(await bytes({ ...job, country: 'GB', versionNumber: 2 })).toBe(2);
    expect(await bytes({ ...job, country: 'GB', versionNumber: 2 })).toBe(2);
  });
});
