import type * as PdfLib from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';
import { muted, page, rule, size } from './page';

export const FOOTER_DISCLAIMER = 'A shared statement of intentions, not a legal contract. It gives no consent to share anything.';

export interface FooterInfo {
  readonly versionNumber: number;
  readonly shortFingerprint: string;
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

/** '#444444' → a grey level (0–1); the document's greys are neutral. */
function grey(hex: string): number {
  return Number.parseInt(hex.slice(1, 3), 16) / 255;
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
 * Stamps "Page X of Y · Version N · Fingerprint …" and the disclaimer onto
 * every page, after layout: a react-pdf footer that knows the page total
 * would lay the whole document out twice (docs/pdf.md). Standard Helvetica,
 * written without loading its metrics.
 */
export function stampFooters(doc: PDFDocument, lib: typeof PdfLib, info: FooterInfo): void {
  const { PDFContentStream, PDFOperator, PDFOperatorNames, PDFString, beginText, endText, lineTo, moveTo } = lib;
  const { setFillingGrayscaleColor, setFontAndSize, setLineWidth, setStrokingGrayscaleColor, setTextMatrix, stroke } = lib;
  // Tj with a literal string (pdf-lib's own `showText` takes hex strings only, twice the bytes).
  const showText = (text: string) => PDFOperator.of(PDFOperatorNames.ShowText, [PDFString.of(winAnsiLiteral(text))]);
  const context = doc.context;
  const helvetica = context.register(context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
  const pages = doc.getPages();
  pages.forEach((pdfPage, index) => {
    const { width } = pdfPage.getSize();
    // Normalises the page first (its content wrapped in q…Q), then names the font in its resources.
    const font = pdfPage.node.newFontDictionary('Footer', helvetica);
    const operators = [
      setStrokingGrayscaleColor(grey(rule)),
      setLineWidth(RULE_WIDTH),
      moveTo(page.marginX, RULE_Y),
      lineTo(width - page.marginX, RULE_Y),
      stroke(),
      setFillingGrayscaleColor(grey(muted)),
      beginText(),
      setFontAndSize(font, size.tiny),
      setTextMatrix(1, 0, 0, 1, page.marginX, FIRST_BASELINE),
      showText(footerLine(index + 1, pages.length, info)),
      setTextMatrix(1, 0, 0, 1, page.marginX, SECOND_BASELINE),
      showText(FOOTER_DISCLAIMER),
      endText(),
    ];
    pdfPage.node.addContentStream(context.register(PDFContentStream.of(context.obj({}), operators)));
  });
}
