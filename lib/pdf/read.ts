import type { PDFDict, PDFDocument } from 'pdf-lib';
import type { Agreement } from '../agreement/schema';
import { fingerprintVersion, isFingerprint } from '../agreement/fingerprint';
import { looksLikePdf, MAX_AGREEMENT_FILE_BYTES, MAX_IMPORT_BYTES, parseAgreementFile } from '../agreement/file-format';
import { latestVersion } from '../agreement/versions';
import { fingerprintFromKeywords, PDF_ATTACHMENT_NAME } from './attachment';
import { loadPdfLib, type PdfLib } from './pdf-lib';

/**
 * Reads the agreement back out of a PDF this app made, with the file
 * format's own parser (the same checks as a .json import), then checks that
 * the fingerprints in the data, in the Keywords and of the data itself agree:
 * a PDF whose data was edited, or belongs to another agreement, is refused.
 */

export type PdfReadResult =
  | { readonly ok: true; readonly agreement: Agreement; readonly fingerprint: string }
  | { readonly ok: false; readonly reason: string };

/** Plain-words reasons, exported so the import screen and tests can refer to them. */
export const PDF_READ_REASONS = {
  notBytes: 'This file could not be read.',
  empty: 'This file is empty.',
  tooLarge: 'This file is larger than 10 MB, so it cannot be an agreement PDF from this app.',
  notPdf: 'This file is not a PDF. Please choose the PDF of your agreement.',
  truncated: 'This PDF seems to be cut short. Please download or copy it again and try once more.',
  unreadable: 'This PDF could not be opened. It may be damaged.',
  encrypted: 'This PDF is password-protected, so the agreement inside it cannot be read.',
  noData: 'This PDF does not contain agreement data from this app. Only a PDF downloaded from this app can be imported.',
  manyData: 'This PDF contains more than one set of agreement data, so it is not clear which one is real. It was not imported.',
  badData: 'The agreement data inside this PDF is damaged, so it cannot be imported.',
  /** Prefixes the file format's own plain-words problems. */
  invalid: 'The agreement data inside this PDF cannot be used:',
  noStatedFingerprint:
    'This PDF no longer states its fingerprint (another program may have re-saved it), so its agreement data cannot be checked. Please import the PDF as this app made it, or the .json copy.',
  mismatch:
    'The agreement data inside this PDF does not match the fingerprint printed on its pages. It may have been changed after it was made, so it was not imported.',
} as const;

/** True when `needle` (ASCII) occurs within the last `window` bytes. */
function occursNearEnd(haystack: Uint8Array, needle: string, window: number): boolean {
  const codes = Array.from(needle, (char) => char.charCodeAt(0));
  const end = haystack.length - codes.length;
  for (let start = Math.max(0, haystack.length - window); start <= end; start += 1) {
    let found = true;
    for (let index = 0; index < codes.length; index += 1) {
      if (haystack[start + index] !== codes[index]) {
        found = false;
        break;
      }
    }
    if (found) return true;
  }
  return false;
}

/** Far more than any PDF this app makes (one node, one entry); a larger tree is refused rather than walked. */
const MAX_NAME_TREE_ITEMS = 1000;

/**
 * Every embedded file named `PDF_ATTACHMENT_NAME`, walking the name tree (Names and Kids); each cut at just over the file size limit.
 * Throws on a tree that reaches a node twice (a loop) or is too large to walk: a file could otherwise freeze the page.
 */
function findAttachments(lib: PdfLib, doc: PDFDocument): Uint8Array[] {
  const { PDFArray, PDFDict: PDFDictClass, PDFName, PDFRawStream, PDFString, PDFHexString, decodePDFRawStream } = lib;
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDictClass);
  const root = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDictClass);
  const found: Uint8Array[] = [];
  const visited = new Set<PDFDict>();
  let budget = MAX_NAME_TREE_ITEMS;
  const spend = (items: number) => {
    budget -= items;
    if (budget < 0) throw new Error('The attachment name tree is too large');
  };
  const visit = (node: PDFDict, depth: number) => {
    if (depth > 8) return;
    if (visited.has(node)) throw new Error('The attachment name tree reaches a node twice');
    visited.add(node);
    spend(1);
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    spend(kids?.size() ?? 0);
    for (let index = 0; kids && index < kids.size(); index += 1) {
      const kid = kids.lookup(index);
      if (kid instanceof PDFDictClass) visit(kid, depth + 1);
    }
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    spend(Math.floor((pairs?.size() ?? 0) / 2));
    for (let index = 0; pairs && index + 1 < pairs.size(); index += 2) {
      const key = pairs.lookup(index);
      const name = key instanceof PDFString || key instanceof PDFHexString ? key.decodeText() : '';
      if (name !== PDF_ATTACHMENT_NAME) continue;
      const spec = pairs.lookup(index + 1);
      if (!(spec instanceof PDFDictClass)) continue;
      const files = spec.lookupMaybe(PDFName.of('EF'), PDFDictClass);
      const stream = files?.lookup(PDFName.of('F')) ?? files?.lookup(PDFName.of('UF'));
      // Decompress at most one byte past the file format's limit: a tiny PDF cannot unpack into gigabytes here.
      if (stream instanceof PDFRawStream) found.push(new Uint8Array(decodePDFRawStream(stream).getBytes(MAX_AGREEMENT_FILE_BYTES + 1)));
    }
  };
  if (root) visit(root, 0);
  return found;
}

function fail(reason: string): PdfReadResult {
  return { ok: false, reason };
}

function statedFingerprint(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as { fingerprint?: unknown }).fingerprint : undefined;
  } catch {
    return undefined;
  }
}

/** Parses the attachment with the file format's own reader, then checks both stated fingerprints against the data. */
async function checkData(data: Uint8Array, statedInPdf: string | null): Promise<PdfReadResult> {
  const parsed = parseAgreementFile(data);
  if (!parsed.ok) return fail(`${PDF_READ_REASONS.invalid} ${parsed.problems.join(' ')}`);
  const actual = await fingerprintVersion(latestVersion(parsed.agreement));
  const inData = statedFingerprint(new TextDecoder().decode(data));
  if (statedInPdf === null) return fail(PDF_READ_REASONS.noStatedFingerprint);
  if (!isFingerprint(inData) || inData !== actual || statedInPdf !== actual) return fail(PDF_READ_REASONS.mismatch);
  return { ok: true, agreement: parsed.agreement, fingerprint: actual };
}

/**
 * Reads the agreement back out of a PDF this app made. Never throws: every
 * problem (not a PDF, cut short, no data, damaged or edited data) comes back as
 * `{ ok: false, reason }` with a sentence a person can act on.
 *
 * @example
 * const result = await readAgreementFromPdf(new Uint8Array(await file.arrayBuffer()));
 * if (!result.ok) showError(result.reason);
 */
export async function readAgreementFromPdf(bytes: Uint8Array): Promise<PdfReadResult> {
  try {
    if (!(bytes instanceof Uint8Array)) return fail(PDF_READ_REASONS.notBytes);
    if (bytes.byteLength === 0) return fail(PDF_READ_REASONS.empty);
    if (bytes.byteLength > MAX_IMPORT_BYTES) return fail(PDF_READ_REASONS.tooLarge);
    if (!looksLikePdf(bytes)) return fail(PDF_READ_REASONS.notPdf);
    if (!occursNearEnd(bytes, '%%EOF', 2048)) return fail(PDF_READ_REASONS.truncated);

    const lib = await loadPdfLib();
    let doc: PDFDocument;
    try {
      doc = await lib.PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: lib.ParseSpeeds.Fastest });
    } catch (error) {
      return fail(error instanceof lib.EncryptedPDFError ? PDF_READ_REASONS.encrypted : PDF_READ_REASONS.unreadable);
    }

    let attachments: Uint8Array[];
    try {
      attachments = findAttachments(lib, doc);
    } catch {
      return fail(PDF_READ_REASONS.badData);
    }
    if (attachments.length === 0) return fail(PDF_READ_REASONS.noData);
    if (attachments.length > 1) return fail(PDF_READ_REASONS.manyData);
    return await checkData(attachments[0] as Uint8Array, fingerprintFromKeywords(doc.getKeywords()));
  } catch {
    return fail(PDF_READ_REASONS.unreadable);
  }
}
