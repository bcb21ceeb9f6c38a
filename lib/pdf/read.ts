import type { PDFDict, PDFDocument } from 'pdf-lib';
import type { Agreement } from '../agreement/schema';
import { fingerprintVersion, isFingerprint, shortFingerprint } from '../agreement/fingerprint';
import { looksLikePdf, MAX_AGREEMENT_FILE_BYTES, MAX_IMPORT_BYTES, parseAgreementFile } from '../agreement/file-format';
import { latestVersion } from '../agreement/versions';
import { fingerprintFromKeywords, PDF_ATTACHMENT_NAME } from './attachment';
import { loadPdfLib, type PdfLib } from './pdf-lib';

/**
 * Reads the agreement back out of a PDF this app made, with the file
 * format's own parser (the same checks as a .json import), then checks that
 * the fingerprints in the data, in the Keywords, in every page's footer and of
 * the data itself agree: a PDF whose data was edited, or belongs to another
 * agreement, is refused. The page body text is not compared with the data
 * (docs/file-format.md says so).
 */

export type PdfReadResult =
  | { readonly ok: true; readonly agreement: Agreement; readonly fingerprint: string }
  | { readonly ok: false; readonly reason: string };

const NOTHING = 'Nothing was changed.';

/** Plain-words reasons, one sentence each, exported so the import screen and tests can refer to them. */
export const PDF_READ_REASONS = {
  notBytes: `This file could not be read. ${NOTHING}`,
  empty: `This file is empty. ${NOTHING}`,
  tooLarge: `This file is larger than 10 MB, so it cannot be an agreement PDF from this app. ${NOTHING}`,
  notPdf: `This file is not a PDF; please choose the PDF of your agreement. ${NOTHING}`,
  truncated: `This PDF seems to be cut short; please download or copy it again and try once more. ${NOTHING}`,
  unreadable: `This PDF could not be opened; it may be damaged. ${NOTHING}`,
  encrypted: `This PDF is protected with a password, so the agreement inside it cannot be read; use the PDF as this app made it, or the .json copy. ${NOTHING}`,
  noData: `This PDF does not contain agreement data from this app; only a PDF downloaded from this app can be opened here. ${NOTHING}`,
  manyData: `This PDF contains more than one set of agreement data, so it is not clear which one is real. ${NOTHING}`,
  badAttachments: `This PDF’s list of attached files is damaged or far larger than in a PDF from this app, so it was not read. ${NOTHING}`,
  tooManyPages: `This PDF has far more pages than an agreement from this app. ${NOTHING}`,
  dataTooLarge: `The agreement data inside this PDF is far larger than any this app makes, so it was not read. ${NOTHING}`,
  /** Data the file format refuses: one calm sentence (the format's own detail would be a second). */
  invalid: `The agreement data inside this PDF is incomplete or damaged, so it cannot be opened; the .json copy, or the PDF as this app first made it, may still open. ${NOTHING}`,
  noStatedFingerprint: `This PDF no longer states its fingerprint (another program may have re-saved it), so its agreement data cannot be checked; use the PDF as this app made it, or the .json copy. ${NOTHING}`,
  noPrintedFingerprint: `The pages of this PDF do not show the fingerprint this app prints on every page, so its agreement data cannot be checked against them; use the PDF as this app made it, or the .json copy. ${NOTHING}`,
  mismatch: `The agreement data inside this PDF does not match the fingerprint printed on its pages, so it may have been changed after it was made. ${NOTHING}`,
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

/** Far more pages than an agreement has; a larger document is refused before its page tree is walked. */
const MAX_PAGES = 200;
/** Decoded content read per page while looking for the footer: the footer stream is tiny, page bodies are not. */
const MAX_PAGE_CONTENT_BYTES = 4 * 1024 * 1024;
/** The footer line as stamped (lib/pdf/footer.ts): a WinAnsi literal, "·" is byte 0xB7. */
const FOOTER_FINGERPRINT = /\(Page (\d+) of (\d+) \xB7 Version (\d+) \xB7 Fingerprint ((?:[0-9a-f]{4} ){3}[0-9a-f]{4})\) ?Tj/;

/**
 * The short fingerprint every page's footer prints, or null when a page has none
 * or two pages disagree. Content streams are read newest first: the footer is
 * the last stream added to each page.
 */
function printedFingerprint(lib: PdfLib, doc: PDFDocument): string | null {
  const { PDFArray, PDFRawStream, PDFName, decodePDFRawStream } = lib;
  if (doc.getPageCount() > MAX_PAGES) throw new RangeError('too many pages');
  const pages = doc.getPages();
  let printed: string | null = null;
  for (const [index, page] of pages.entries()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const resolved = contents ? doc.context.lookup(contents) : undefined;
    const streams = resolved instanceof PDFArray ? resolved.asArray().map((ref) => doc.context.lookup(ref)) : [resolved];
    let found: string | null = null;
    let budget = MAX_PAGE_CONTENT_BYTES;
    for (const stream of streams.reverse()) {
      if (!(stream instanceof PDFRawStream) || budget <= 0) continue;
      const bytes = new Uint8Array(decodePDFRawStream(stream).getBytes(budget));
      budget -= bytes.length;
      const match = FOOTER_FINGERPRINT.exec(latin1(bytes));
      if (match && Number(match[1]) === index + 1 && Number(match[2]) === pages.length) {
        found = match[4] ?? null;
        break;
      }
    }
    if (!found || (printed !== null && printed !== found)) return null;
    printed = found;
  }
  return printed;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  return text;
}

/** Parses the attachment with the file format's own reader, then checks the stated and printed fingerprints against the data. */
async function checkData(data: Uint8Array, statedInPdf: string | null, printed: () => string | null): Promise<PdfReadResult> {
  const parsed = parseAgreementFile(data);
  if (!parsed.ok) return fail(data.byteLength > MAX_AGREEMENT_FILE_BYTES ? PDF_READ_REASONS.dataTooLarge : PDF_READ_REASONS.invalid);
  const actual = await fingerprintVersion(latestVersion(parsed.agreement));
  const inData = statedFingerprint(new TextDecoder().decode(data));
  if (statedInPdf === null) return fail(PDF_READ_REASONS.noStatedFingerprint);
  if (!isFingerprint(inData) || inData !== actual || statedInPdf !== actual) return fail(PDF_READ_REASONS.mismatch);
  const onPages = printed();
  if (onPages === null) return fail(PDF_READ_REASONS.noPrintedFingerprint);
  if (onPages !== shortFingerprint(actual)) return fail(PDF_READ_REASONS.mismatch);
  return { ok: true, agreement: parsed.agreement, fingerprint: actual };
}

/** pdf-lib's EncryptedPDFError is an ES5 subclass, so `instanceof` fails: it is recognised by its message. */
function isEncryptedError(error: unknown): boolean {
  return error instanceof Error && /\bencrypted\b/i.test(error.message);
}

/**
 * Reads the agreement back out of a PDF this app made. Never throws: every
 * problem (not a PDF, cut short, no data, damaged or edited data) comes back as
 * `{ ok: false, reason }` with one sentence a person can act on. Run it off the
 * main thread (a worker the page can stop): a hostile PDF can still be slow to parse.
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

    const lib = await loadPdfLib();
    let doc: PDFDocument;
    try {
      doc = await lib.PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: lib.ParseSpeeds.Fastest });
    } catch (error) {
      if (isEncryptedError(error)) return fail(PDF_READ_REASONS.encrypted);
      // Bytes after %%EOF are allowed; only a file with no end marker near its end is "cut short".
      return fail(occursNearEnd(bytes, '%%EOF', 2048) ? PDF_READ_REASONS.unreadable : PDF_READ_REASONS.truncated);
    }
    if (doc.isEncrypted) return fail(PDF_READ_REASONS.encrypted);

    let attachments: Uint8Array[];
    try {
      attachments = findAttachments(lib, doc);
    } catch {
      return fail(PDF_READ_REASONS.badAttachments);
    }
    if (attachments.length === 0) return fail(PDF_READ_REASONS.noData);
    if (attachments.length > 1) return fail(PDF_READ_REASONS.manyData);
    return await checkData(attachments[0] as Uint8Array, fingerprintFromKeywords(doc.getKeywords()), () => {
      try {
        return printedFingerprint(lib, doc);
      } catch (error) {
        if (error instanceof RangeError && error.message === 'too many pages') throw error;
        return null;
      }
    });
  } catch (error) {
    return fail(error instanceof RangeError && error.message === 'too many pages' ? PDF_READ_REASONS.tooManyPages : PDF_READ_REASONS.unreadable);
  }
}
