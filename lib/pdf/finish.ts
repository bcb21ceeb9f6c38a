import type { Agreement } from '../agreement/schema';
import { attachAgreementData, type AttachmentTarget } from './attachment';
import { stampFooters, type FooterInfo, type FooterTarget } from './footer';

export interface FinishPdfInput {
  /** The agreement as the PDF embeds it: its history up to the rendered version. */
  readonly agreement: Agreement;
  /** Fingerprint of the rendered (latest embedded) version. */
  readonly fingerprint: string;
  readonly footer: FooterInfo;
  /** When the data was exported (the envelope's `exportedAt`); now when left out. */
  readonly now?: Date;
}

/** The pdfkit document react-pdf has drawn every page into, before it is written out (pages buffered). */
export type PdfWriter = FooterTarget & AttachmentTarget;

/**
 * Finishes the laid-out document in the same pdfkit document react-pdf drew
 * it into, just before it is written out: stamps every page's footer, then
 * embeds the agreement data. Nothing is parsed again and no second PDF
 * library loads; the document's own metadata (with the fingerprint in its
 * Keywords) is written as react-pdf set it (docs/pdf.md).
 */
export function finishPdf(doc: PdfWriter, { agreement, fingerprint, footer, now = new Date() }: FinishPdfInput): void {
  stampFooters(doc, footer);
  attachAgreementData(doc, agreement, fingerprint, now);
}
