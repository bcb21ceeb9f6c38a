import type * as PdfLib from 'pdf-lib';
import type { PDFDocument } from 'pdf-lib';
import { muted, page, rule, size } from './styles';

export const FOOTER_DISCLAIMER = 'A shared statement of intentions, not a legal contract. It gives no consent to share anything.';

export interface FooterInfo {
  readonly versionNumber: number;
  readonly shortFingerprint: string;
}

/** The footer's first line: where you are, which version, and its fingerprint. */
export function footerLine(pageNumber: number, totalPages: number, { versionNumber, shortFingerprint }: FooterInfo): string {
  return `Page ${pageNumber} of ${totalPages} · Version ${versionNumber} · Fingerprint ${shortFingerprint}`;
}

/**
 * Footer geometry in PDF points from the page's bottom edge: where the
 * react-pdf footer sat (a box ending `page.footerBottom` above the edge, two
 * 7.5 pt lines of Inter's 1.21 line height, 6 pt padding under a 0.5 pt
 * rule). The page's bottom padding (`page.marginBottom`, 78 pt) ends the body
 * 25 pt above the rule, so text never reaches it.
 */
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
 * Stamps the footer onto every page of a rendered agreement: "Page X of Y ·
 * Version N · Fingerprint …" and the disclaimer, in small muted grey with a
 * hairline rule above, at the bottom of each page's margin.
 *
 * Why here and not in react-pdf: a footer that knows the page total makes
 * react-pdf lay out the whole document a second time. After rendering, the
 * total is simply the page count, and pdf-lib (loaded anyway to attach the
 * agreement data) writes all footers in one pass.
 *
 * The text is in Helvetica, one of the 14 standard PDF fonts: nothing is
 * embedded, and every viewer has it or a metric twin. The font dictionary is
 * written directly, as pdf-lib's own `embedStandardFont` would write it, but
 * without loading Helvetica's metrics, which left-aligned text does not need
 * (that load costs about 10 ms on a first export).
 *
 * pdf-lib wraps each page's own content in q…Q the first time the page is
 * touched (`normalize`), so the graphics state react-pdf leaves at the end of a
 * page (its flipped y axis, its last colours) cannot reach the footer.
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
