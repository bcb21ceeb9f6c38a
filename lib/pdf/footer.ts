import { muted, page, rule, size } from './page';

export const FOOTER_DISCLAIMER = 'A shared statement of intentions, not a legal contract. It gives no consent to share anything.';

export interface FooterInfo {
  readonly versionNumber: number;
  readonly shortFingerprint: string;
}

/** A pdfkit object: a dictionary, and a stream when data is given (compressed like every other). */
export interface PdfKitRef {
  end(data?: string): void;
}

/**
 * The pdfkit document react-pdf draws into (pdfkit 0.20, pages buffered), as far
 * as the footer needs it: every page can still be changed once layout is done.
 */
export interface FooterTarget {
  bufferedPageRange(): { readonly start: number; readonly count: number };
  switchToPage(index: number): {
    readonly width: number;
    readonly height: number;
    readonly fonts: Record<string, unknown>;
    /** The page's own content stream, and its dictionary (where the footer's stream is added after it). */
    readonly content: PdfKitRef;
    readonly dictionary: { readonly data: Record<string, unknown> };
  };
  ref(data: Record<string, unknown>): PdfKitRef;
}

/** The footer's first line: where you are, which version, and its fingerprint. */
export function footerLine(pageNumber: number, totalPages: number, { versionNumber, shortFingerprint }: FooterInfo): string {
  return `Page ${pageNumber} of ${totalPages} · Version ${versionNumber} · Fingerprint ${shortFingerprint}`;
}

/** Baselines and rule in points from the page's bottom edge, inside the band the page's bottom margin keeps free (docs/pdf.md). */
const LEADING = 9.1;
const SECOND_BASELINE = page.footerBottom + 2.4;
const FIRST_BASELINE = SECOND_BASELINE + LEADING;
const RULE_Y = FIRST_BASELINE + 13.25;
const RULE_WIDTH = 0.5;
/** The footer's name for Helvetica in each page's resources (react-pdf names its fonts F1, F2, …). */
const FONT_NAME = 'Footer';

/** '#444444' → a grey level (0–1); the document's greys are neutral. */
function grey(hex: string): number {
  return Number.parseInt(hex.slice(1, 3), 16) / 255;
}

/** A number as a PDF operand: at most three decimals, never an exponent. */
function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/**
 * Text as a PDF literal string in WinAnsi, for Helvetica. WinAnsi matches
 * Unicode for printable ASCII and for U+00A0–U+00FF (so "·" is byte 0xB7);
 * the footer never holds anything else, and anything else throws rather than
 * print wrongly.
 */
export function winAnsiLiteral(text: string): string {
  let literal = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff))) {
      throw new Error(`The PDF footer cannot print ${JSON.stringify(char)} in Helvetica`);
    }
    literal += char === '(' || char === ')' || char === '\\' ? `\\${char}` : char;
  }
  return literal;
}

/**
 * One page's footer as content operators, in the page's own PDF coordinates
 * (origin bottom left). pdfkit starts every page by flipping the y axis, and
 * react-pdf wraps everything it draws in q…Q, so after layout the state is that
 * flip and nothing else (content streams of a page run as one): the footer
 * undoes it inside its own q…Q.
 */
export function footerOperators(pageWidth: number, pageHeight: number, line: string): string {
  return [
    'q',
    `1 0 0 -1 0 ${num(pageHeight)} cm`,
    `${num(grey(rule))} G`,
    `${num(RULE_WIDTH)} w`,
    `${num(page.marginX)} ${num(RULE_Y)} m`,
    `${num(pageWidth - page.marginX)} ${num(RULE_Y)} l`,
    'S',
    `${num(grey(muted))} g`,
    'BT',
    `/${FONT_NAME} ${num(size.tiny)} Tf`,
    `1 0 0 1 ${num(page.marginX)} ${num(FIRST_BASELINE)} Tm`,
    `(${winAnsiLiteral(line)}) Tj`,
    `1 0 0 1 ${num(page.marginX)} ${num(SECOND_BASELINE)} Tm`,
    `(${winAnsiLiteral(FOOTER_DISCLAIMER)}) Tj`,
    'ET',
    'Q',
  ].join('\n');
}

/**
 * Writes "Page X of Y · Version N · Fingerprint …" and the disclaimer onto
 * every page once layout is done: a react-pdf footer that knows the page total
 * would lay the whole document out twice (docs/pdf.md). Each page gets the
 * footer as its own, last content stream (the import reads it there), in
 * standard Helvetica, named in the page's resources without loading its metrics.
 */
export function stampFooters(doc: FooterTarget, info: FooterInfo): void {
  const helvetica = doc.ref({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
  helvetica.end();
  const { start, count } = doc.bufferedPageRange();
  // A document that wrote pages out early could not be numbered "of Y".
  if (start !== 0) throw new Error('The PDF footers need every page kept until the end (bufferPages)');
  for (let index = 0; index < count; index += 1) {
    const pdfPage = doc.switchToPage(index);
    pdfPage.fonts[FONT_NAME] = helvetica;
    const footer = doc.ref({});
    footer.end(footerOperators(pdfPage.width, pdfPage.height, footerLine(index + 1, count, info)));
    pdfPage.dictionary.data.Contents = [pdfPage.content, footer];
  }
}
