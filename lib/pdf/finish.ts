import type { Agreement } from '../agreement/schema';
import { attachAgreementData } from './attachment';
import { stampFooters, type FooterInfo } from './footer';
import { loadPdfLib } from './pdf-lib';

export interface FinishPdfInput {
  /** The agreement as the PDF embeds it: its history up to the rendered version. */
  readonly agreement: Agreement;
  /** Fingerprint of the rendered (latest embedded) version. */
  readonly fingerprint: string;
  readonly footer: FooterInfo;
  /** When the data was exported (the envelope's `exportedAt`); now when left out. */
  readonly now?: Date;
}

/**
 * Finishes a laid-out PDF in one load and one save: stamps every page's
 * footer, then embeds the agreement data. Keeps the PDF's own metadata (no
 * pdf-lib producer line, no new dates), so the Keywords with the fingerprint survive.
 */
export async function finishPdf(rendered: Uint8Array, { agreement, fingerprint, footer, now = new Date() }: FinishPdfInput): Promise<Uint8Array> {
  const lib = await loadPdfLib();
  const doc = await lib.PDFDocument.load(rendered, { updateMetadata: false, parseSpeed: lib.ParseSpeeds.Fastest });
  stampFooters(doc, lib, footer);
  await attachAgreementData(doc, agreement, fingerprint, now);
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY, addDefaultPage: false });
}
