import * as z from 'zod/mini';
import { agreementSchema, type Agreement } from './schema';
import { describeIssues } from './file-problems';

/**
 * The couple's own copy: one agreement with all its versions, as JSON.
 * Described for people in docs/file-format.md. Reading a file never throws:
 * anything wrong comes back as plain-words problems.
 */

export const AGREEMENT_FILE_FORMAT = 'our-terms-agreement';
export const AGREEMENT_FILE_VERSION = 1;
export const MAX_AGREEMENT_FILE_BYTES = 1024 * 1024;
/** Any file the app opens (an agreement file or its PDF) is far smaller; anything larger is refused unread. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** PDF readers accept the "%PDF-" header anywhere in the first 1024 bytes, so this does too. */
const PDF_HEADER_WINDOW = 1024;
/** Far deeper than any real agreement file; stops hostile nesting early. */
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const agreementFileSchema = z.object({
  format: z.literal(AGREEMENT_FILE_FORMAT),
  formatVersion: z.literal(AGREEMENT_FILE_VERSION),
  exportedAt: z.iso.datetime(),
  agreement: agreementSchema,
});
export type AgreementFile = z.infer<typeof agreementFileSchema>;

export type ParsedAgreementFile =
  | { readonly ok: true; readonly agreement: Agreement; readonly exportedAt: string }
  /** `problems` is one plain sentence; `details` (when given) says where, for anyone who wants to look closer. */
  | { readonly ok: false; readonly problems: string[]; readonly details?: string[] };

const TOO_BIG = 'This file is larger than 1 MB, which is far more than an agreement file from this app. Nothing was changed.';
const NOT_OURS = 'This is not an agreement file from Our Terms. Nothing was changed.';
const DAMAGED = 'This file could not be read: it may be cut off or damaged. Nothing was changed.';
const INCOMPLETE = 'This is not a complete agreement from this app: some of it is missing or damaged. Nothing was changed.';

const fail = (...problems: string[]): ParsedAgreementFile => ({ ok: false, problems });

/**
 * True when the bytes start like a PDF: the one test of "is this a PDF?" for
 * every reader, so a PDF never reaches the JSON reader.
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const header = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
  const end = Math.min(PDF_HEADER_WINDOW, bytes.length) - header.length;
  for (let start = 0; start <= end; start += 1) {
    if (header.every((code, index) => bytes[start + index] === code)) return true;
  }
  return false;
}

/** The file's envelope around an agreement, as the .json copy and the PDF attachment both hold it. */
export function agreementFile(agreement: Agreement, now: Date = new Date()): AgreementFile {
  return { format: AGREEMENT_FILE_FORMAT, formatVersion: AGREEMENT_FILE_VERSION, exportedAt: now.toISOString(), agreement };
}

/** The agreement as a file, pretty-printed when that still fits under the size limit. */
export function exportAgreementFile(agreement: Agreement, now: Date = new Date()): string {
  const file = agreementFile(agreement, now);
  const pretty = JSON.stringify(file, null, 2);
  return new TextEncoder().encode(pretty).length <= MAX_AGREEMENT_FILE_BYTES ? pretty : JSON.stringify(file);
}

/** The encoding a UTF-16 byte order mark names, or null. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function toText(input: unknown): { text: string } | { problem: string } {
  if (typeof input === 'string') {
    // A character is at least one byte, so check the cheap count first.
    if (input.length > MAX_AGREEMENT_FILE_BYTES || new TextEncoder().encode(input).length > MAX_AGREEMENT_FILE_BYTES) {
      return { problem: TOO_BIG };
    }
    return { text: input };
  }
  const bytes =
    input instanceof ArrayBuffer ? new Uint8Array(input)
    : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
    : null;
  if (!bytes) return { problem: NOT_OURS };
  const utf16 = utf16Encoding(bytes);
  // Re-saved as UTF-16 (some editors do): two bytes a character, so twice the room, then the same limit as UTF-8.
  if (bytes.byteLength > MAX_AGREEMENT_FILE_BYTES * (utf16 ? 2 : 1)) return { problem: TOO_BIG };
  if (utf16) {
    try {
      return toText(new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2)));
    } catch {
      return { problem: DAMAGED };
    }
  }
  if (looksLikePdf(bytes)) {
    return { problem: 'This is a PDF without an agreement file inside that this app can read. Choose the agreement file or a PDF made by this app. Nothing was changed.' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: NOT_OURS };
  }
}

/** Walks the parsed data without recursion: rejects hostile nesting and prototype-changing keys. */
function shapeProblem(root: unknown): string | null {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return 'This file is nested far more deeply than an agreement file. Nothing was changed.';
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `This file contains a field named “${key}”, which an agreement file never has. Nothing was changed.`;
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

function formatProblem(data: unknown): string | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return NOT_OURS;
  const { format, formatVersion } = data as Record<string, unknown>;
  if (format !== AGREEMENT_FILE_FORMAT) return NOT_OURS;
  if (typeof formatVersion === 'number' && formatVersion > AGREEMENT_FILE_VERSION) {
    return 'This file was made by a newer version of the app. Update the app, then try again. Nothing was changed.';
  }
  if (formatVersion !== AGREEMENT_FILE_VERSION) return 'This file’s format version is missing or unknown. Nothing was changed.';
  return null;
}

/** Checks the schema cannot express: versions in order, each parent an earlier version. */
export function historyProblems(agreement: Agreement): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  agreement.versions.forEach((version, index) => {
    const previous = agreement.versions[index - 1];
    if (previous && version.version <= previous.version) problems.push(`Version ${version.version} is out of order.`);
    if (index === 0 && version.parent !== null) problems.push('The first version should not have an earlier version.');
    if (index > 0 && (version.parent === null || !seen.has(version.parent))) {
      problems.push(`Version ${version.version} refers to an earlier version that is not in the file.`);
    }
    seen.add(version.version);
  });
  return problems;
}

function parseText(text: string): ParsedAgreementFile {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('This file is empty. Nothing was changed.');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return fail(DAMAGED);
  }
  const early = formatProblem(data) ?? shapeProblem(data);
  if (early) return fail(early);
  const parsed = agreementFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: [INCOMPLETE], details: describeIssues(parsed.error.issues) };
  const history = historyProblems(parsed.data.agreement);
  if (history.length > 0) return { ok: false, problems: ['The versions in this file do not follow one another the way the app records them. Nothing was changed.'], details: history };
  return { ok: true, agreement: parsed.data.agreement, exportedAt: parsed.data.exportedAt };
}

/** Reads an agreement file from text or bytes. Never throws; on any problem nothing is returned to save. */
export function parseAgreementFile(input: string | ArrayBuffer | ArrayBufferView): ParsedAgreementFile {
  try {
    const read = toText(input);
    return 'problem' in read ? fail(read.problem) : parseText(read.text);
  } catch {
    // A last guard for anything unforeseen (for example, running out of memory on a hostile file).
    return fail(DAMAGED);
  }
}
