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

/** The pdfkit document react-pdf draws into, as far as attaching a file needs it (pdfkit 0.20's `file`). */
export interface AttachmentTarget {
  file(
    data: Uint8Array,
    options: { name: string; type: string; description: string; creationDate: Date; modifiedDate: Date },
  ): unknown;
}

/** The PDF Keywords entry: neutral words, with the fingerprint the import checks. */
export function pdfKeywords(versionNumber: number, fingerprint: string): string {
  return `version ${versionNumber}, fingerprint ${fingerprint}`;
}

/** The fingerprint a PDF's Keywords state, or null. */
export function fingerprintFromKeywords(keywords: string | undefined): string | null {
  const match = keywords?.match(/fingerprint ([0-9a-f]{64})\b/);
  return match?.[1] ?? null;
}

/** The envelope's bytes: the agreement file as of `now`, with the fingerprint of its latest version. */
export function agreementDataBytes(agreement: Agreement, fingerprint: string, now: Date): Uint8Array {
  const envelope: PdfAgreementEnvelope = { ...agreementFile(agreement, now), fingerprint };
  return new TextEncoder().encode(JSON.stringify(envelope));
}

/**
 * Embeds the envelope as `agreement-data.json` (listed in the document's
 * EmbeddedFiles names, compressed like every other stream), dated when the
 * latest version was made.
 */
export function attachAgreementData(doc: AttachmentTarget, agreement: Agreement, fingerprint: string, now: Date): void {
  const signedAt = new Date(latestVersion(agreement).createdAt);
  doc.file(agreementDataBytes(agreement, fingerprint, now), {
    name: PDF_ATTACHMENT_NAME,
    type: 'application/json',
    description: 'Agreement data, so this agreement can be imported again',
    creationDate: signedAt,
    modifiedDate: signedAt,
  });
}
