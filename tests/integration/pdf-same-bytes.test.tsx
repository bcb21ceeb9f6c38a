import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAgreementPdf } from '@/components/pdf/render';
import { buildAgreement, FONT_DIR } from './pdf-fixture';

/** Both partners' devices, or one device on two days, must build the same file from the same data. */
describe('the same data makes the same PDF', () => {
  afterEach(() => vi.useRealTimers());

  it('byte for byte, whenever it is exported', async () => {
    const { template, agreement } = buildAgreement();
    const input = { template, agreement, versionNumber: 1, fontBase: FONT_DIR };
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T09:00:00.000Z'));
    const today = await renderAgreementPdf(input);
    vi.setSystemTime(new Date('2027-03-15T18:30:00.000Z'));
    const later = await renderAgreementPdf({ ...input, agreement: structuredClone(agreement) });
    expect(Buffer.from(later).equals(Buffer.from(today))).toBe(true);
  }, 60_000);
});
