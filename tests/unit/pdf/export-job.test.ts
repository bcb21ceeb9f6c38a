import { describe, expect, it } from 'vitest';
import { exportJobKey, lastRecordedMoment, latestResult, type PdfExportJob } from '../../../lib/pdf/export-job';
import type { Agreement } from '../../../lib/agreement/schema';
import { makeAgreement, NAMES } from '../fixtures/agreement-fixture';
import { fixtureTemplate } from '../fixtures/template-fixture';

const agreement = makeAgreement(fixtureTemplate, {}, new Date('2025-01-31T10:00:00.000Z'));
const job: PdfExportJob = { template: fixtureTemplate, agreement, versionNumber: 1 };

describe('exportJobKey', () => {
  it('is the same in every time zone: the PDF prints dates and times in UTC', () => {
    const here = exportJobKey(job);
    const previous = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      expect(exportJobKey({ template: job.template, agreement, versionNumber: 1 })).toBe(here);
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });

  it('is the same for an equal agreement that is another object (a reload), and differs for any change', () => {
    expect(exportJobKey({ ...job, agreement: structuredClone(agreement) })).toBe(exportJobKey(job));
    const renamed = structuredClone(agreement);
    renamed.versions[0]!.partners.a.name = 'Someone else';
    expect(exportJobKey({ ...job, agreement: renamed })).not.toBe(exportJobKey(job));
    expect(exportJobKey({ ...job, versionNumber: 2 })).not.toBe(exportJobKey(job));
    expect(exportJobKey({ ...job, template: { ...fixtureTemplate, version: fixtureTemplate.version + 1 } })).not.toBe(exportJobKey(job));
  });
});

describe('latestResult', () => {
  it('makes a job once however often it is asked for, and again only after a change', async () => {
    const made: number[] = [];
    const bytes = latestResult(async (asked) => {
      made.push(asked.versionNumber);
      return asked.versionNumber;
    });
    expect(bytes(job)).toBe(bytes({ ...job, agreement: structuredClone(agreement) }));
    expect(await bytes({ ...job, versionNumber: 2 })).toBe(2);
    // The first result was discarded when the job changed: asking for it again makes it again.
    expect(await bytes(job)).toBe(1);
    expect(made).toEqual([1, 2, 1]);
  });

  it('forgets a failure, so the next ask tries again', async () => {
    let calls = 0;
    const bytes = latestResult(async () => {
      calls += 1;
      if (calls === 1) throw new Error('no');
      return calls;
    });
    await expect(bytes(job)).rejects.toThrow('no');
    expect(await bytes(job)).toBe(2);
    expect(await bytes(job)).toBe(2);
  });
});

describe('lastRecordedMoment', () => {
  it('is the latest time the history records: a signing, a change made alone, the other partner seeing it', () => {
    expect(lastRecordedMoment(agreement).toISOString()).toBe('2025-01-31T10:00:00.000Z');
    const first = agreement.versions[0]!;
    const tightened: Agreement = {
      ...agreement,
      versions: [
        first,
        {
          ...first,
          version: 2,
          parent: 1,
          createdAt: '2025-02-01T10:00:00.000Z',
          change: { kind: 'tightened', by: 'b', signature: { name: NAMES.b, at: '2025-02-01T10:00:00.000Z' } },
        },
      ],
    };
    expect(lastRecordedMoment(tightened).toISOString()).toBe('2025-02-01T10:00:00.000Z');
    const seen = structuredClone(tightened);
    seen.versions[1]!.change = { ...seen.versions[1]!.change!, seenBy: { name: NAMES.a, at: '2025-02-03T08:00:00.000Z' } };
    expect(lastRecordedMoment(seen).toISOString()).toBe('2025-02-03T08:00:00.000Z');
    expect(lastRecordedMoment({ ...seen, withdrawn: { by: 'a', at: '2025-03-01T00:00:00.000Z' } }).toISOString()).toBe('2025-03-01T00:00:00.000Z');
  });
});
