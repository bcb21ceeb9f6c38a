import type { Agreement } from './schema';
import { looksLikePdf, MAX_IMPORT_BYTES, parseAgreementFile } from './file-format';
// Static: this runs in the import worker, and the reader loads pdf-lib itself only when a PDF arrives.
import { PDF_READ_REASONS, readAgreementFromPdf } from '../pdf/read';

/**
 * Reads what a chosen file holds: an agreement file (.json) or a PDF this app
 * made. Never throws. This only reads: the rules on what may enter the record
 * are lib/agreement/incoming.ts, applied when it is saved. Meant to run in a
 * worker the page can stop (lib/browser/read-file-off-thread.ts).
 */

export type FileRead =
  | { readonly ok: true; readonly agreement: Agreement }
  /** `message` is one plain sentence; `details` says where, for anyone who looks closer. */
  | { readonly ok: false; readonly message: string; readonly details?: readonly string[] };

export const FILE_TOO_LARGE = 'This file is larger than 10 MB, which is far more than an agreement from this app. Nothing was changed.';
export const FILE_UNREADABLE = 'This file could not be read. Nothing was changed.';
/** For a PDF whose embedded data the file format refuses. */
export const PDF_DATA_UNUSABLE = PDF_READ_REASONS.invalid;

export async function readAgreementBytes(bytes: Uint8Array): Promise<FileRead> {
  try {
    if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, message: FILE_TOO_LARGE };
    if (looksLikePdf(bytes)) {
      const result = await readAgreementFromPdf(bytes);
      return result.ok ? { ok: true, agreement: result.agreement } : { ok: false, message: result.reason };
    }
    const parsed = parseAgreementFile(bytes);
    if (parsed.ok) return { ok: true, agreement: parsed.agreement };
    return { ok: false, message: parsed.problems[0] ?? FILE_UNREADABLE, ...(parsed.details ? { details: parsed.details } : {}) };
  } catch {
    return { ok: false, message: FILE_UNREADABLE };
  }
}
