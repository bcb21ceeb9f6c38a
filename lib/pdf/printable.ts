/**
 * What the PDF can print. Its main font is a subset of Inter (components/pdf/fonts.ts
 * lists the command that cut it): Latin with every accent, Greek, Cyrillic and
 * common punctuation; script fonts add the characters in lib/pdf/script-ranges.ts.
 * A character no font draws would come out as the wrong letters or a blank box,
 * so the PDF shows "?" instead, and the app says so when such a name or term is typed.
 * The app itself, and the data inside the PDF, always keep the text exactly as typed.
 */

import { scriptFontFor } from '@/lib/pdf/scripts';

/**
 * Every code point both font files draw, as inclusive ranges, read from the fonts
 * themselves; tests/integration/pdf-glyphs.test.ts fails, printing the new list, if they change.
 */
export const PRINTABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], [0xa0, 0xac], [0xae, 0x148], [0x14a, 0x1c3], [0x1c5, 0x24f], [0x259, 0x259], [0x2bb, 0x2bc],
  [0x2c6, 0x2c7], [0x2d8, 0x2dd], [0x300, 0x304], [0x306, 0x30a], [0x30c, 0x30c], [0x30f, 0x30f], [0x313, 0x313],
  [0x315, 0x315], [0x31b, 0x31b], [0x323, 0x323], [0x326, 0x328], [0x32c, 0x32c], [0x337, 0x338], [0x342, 0x343],
  [0x346, 0x36f], [0x374, 0x376], [0x37a, 0x37f], [0x384, 0x38a], [0x38c, 0x38c], [0x38e, 0x3a1], [0x3a3, 0x3d7],
  [0x3dc, 0x3dd], [0x3f0, 0x3f6], [0x3f9, 0x3fa], [0x3fc, 0x479], [0x480, 0x49d], [0x4a0, 0x4ff], [0x1e00, 0x1e9b],
  [0x1e9d, 0x1eff], [0x2000, 0x200b], [0x2010, 0x2027], [0x202f, 0x2055], [0x2057, 0x2057], [0x205f, 0x205f],
  [0x20ac, 0x20ac], [0x2116, 0x2116], [0x2122, 0x2122], [0x2190, 0x2193], [0x2212, 0x2212], [0x221e, 0x221e],
  [0x25a1, 0x25a1], [0x2713, 0x2713],
];

// Plain ASCII: the subset has no real replacement character (U+FFFD), and □ is the PDF's tick box.
export const UNPRINTABLE_MARK = '?';

// Joiners, direction marks and variation selectors draw nothing themselves: safe to leave out.
const DRAWS_NOTHING = /^[\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
// ...except ZWNJ and ZWJ inside a word of a script whose font shapes with them.
const JOINER = /^[\u200C\u200D]$/u;

// A line feed is a line break to react-pdf (own terms may hold them).
const LINE_FEED = 0x0a;

function isPrintable(codePoint: number): boolean {
  return codePoint === LINE_FEED || PRINTABLE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to) || scriptFontFor(codePoint) !== null;
}

let segmenter: Intl.Segmenter | null = null;

// V8's segmenter slows down more than linearly on long strings (92k characters: 5 s), and a line feed
// always ends a grapheme (UAX #29, rule GB4), so each line is segmented on its own.
function graphemes(text: string): string[] {
  const words = (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
  return text.split(/(?<=\n)/).flatMap((line) => Array.from(words.segment(line), (part) => part.segment));
}

/** The common case, checked without splitting into graphemes: every character printable. */
function allPrintable(text: string): boolean {
  for (const char of text) if (!isPrintable(char.codePointAt(0) ?? 0)) return false;
  return true;
}

/** A grapheme ("é", "👩‍❤️‍👨") as the PDF can print it: itself, itself minus invisible extras, or null. */
function printGrapheme(grapheme: string): string | null {
  let printed = '';
  let joins = false;
  for (const char of grapheme) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (isPrintable(codePoint)) {
      printed += char;
      joins ||= scriptFontFor(codePoint)?.joiners ?? false;
    } else if (joins && JOINER.test(char)) printed += char;
    else if (!DRAWS_NOTHING.test(char)) return null;
  }
  return printed;
}

/** The characters of `text` the PDF cannot print, each once, in order. */
export function unprintableCharacters(text: string): string[] {
  const composed = text.normalize('NFC');
  if (allPrintable(composed)) return [];
  const found = new Set<string>();
  for (const grapheme of graphemes(composed)) if (printGrapheme(grapheme) === null) found.add(grapheme);
  return [...found];
}

/** `text` as the PDF prints it: each grapheme it cannot print becomes "?". */
export function toPrintable(text: string): string {
  const composed = text.normalize('NFC');
  if (allPrintable(composed)) return composed;
  return graphemes(composed)
    .map((grapheme) => printGrapheme(grapheme) ?? UNPRINTABLE_MARK)
    .join('');
}

/** Characters the embedded font lacks, mapped to ones it has. */
const GLYPH_FALLBACKS: Readonly<Record<string, string>> = { '\u22EF': '\u2026', '\u2610': '' };

/**
 * Text as the PDF prints it: composed (NFC), the few characters the font
 * lacks swapped for look-alikes, anything else it cannot draw shown as "?".
 * Always plain text: react-pdf never reads markup.
 */
export function pdfText(value: string): string {
  // toPrintable composes to NFC itself; neither swapped character changes under NFC.
  return toPrintable(value.replace(/\r\n?/g, '\n').replace(/[\u22EF\u2610]/g, (char) => GLYPH_FALLBACKS[char] ?? char));
}
