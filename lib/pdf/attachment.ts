import type { PDFDocument } from 'pdf-lib';
import type { Agreement } from '../agreement/schema';
import { agreementFile, type AgreementFile } from '../agreement/file-format';
import { latestVersion } from '../agreement/versions';

/**
 * The PDF carries the agreement file itself as an embedded file, plus the
 * fingerprint of its latest version, so importing the PDF restores the
 * editable agreement exactly (docs/file-format.md).
 */

/** Neutral on purpose: the name shows in PDF viewers' attachment panels. */
export const PDF_ATTACHMENT_NAME = 'agreement-data.json';

/** The agreement file, plus the fingerprint of its latest version (SHA-256 hex, see fingerprint.ts). */
export type PdfAgreementEnvelope = AgreementFile & { readonly fingerprint: string };

/** The PDF Keywords entry: neutral words, with the fingerprint the import checks. */
export function pdfKeywords(versionNumber: number, fingerprint: string): string {
  return `version ${versionNumber}, fingerprint ${fingerprint}`;
}

/** The fingerprint a PDF's Keywords state, or null. */
export function fingerprintFromKeywords(keywords: string | undefined): string | null {
  const match = keywords?.match(/fingerprint ([0-9a-f]{64})\b/);
  return match?.[1] ?? null;
}

/** Adds the envelope to a loaded PDF as `agreement-data.json`, dated when the latest version was made. */
export async function attachAgreementData(doc: PDFDocument, agreement: Agreement, fingerprint: string, now: Date): Promise<void> {
  const envelope: PdfAgreementEnvelope = { ...agreementFile(agreement, now), fingerprint };
  const signedAt = new Date(latestVersion(agreement).createdAt);
  await doc.attach(new TextEncoder().encode(JSON.stringify(envelope)), PDF_ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: 'Agreement data, so this agreement can be imported again',
    creationDate: signedAt,
    modificationDate: signedAt,
  });
}
