import { describe, expect, it } from 'vitest';
import { templates } from '@/templates';
import { LEAK_RESOURCES, PRESSURE_RESOURCES, UNDER_18_RESOURCES } from '@/templates/resources';
import { SCRIPT_FONTS, type PdfScript } from '@/lib/pdf/script-fonts';
import { SCRIPT_RANGES } from '@/lib/pdf/script-ranges';
import { scriptFonts, scriptsIn, stringsIn } from '@/lib/pdf/scripts';
import { toPrintable } from '@/lib/pdf/printable';
import { computeScriptRanges, hasGlyph, INTER_FILES, openFont, type Font } from '../../scripts/script-ranges';

/** A name (and a short own term) in each script a document can print. */
export const SAMPLE_NAMES: ReadonlyArray<readonly [PdfScript, string]> = [
  ['devanagari', 'प्रिया शर्मा'],
  ['devanagari', 'कृष्ण'],
  ['bengali', 'প্রিয়া'],
  ['bengali', 'রবীন্দ্রনাথ ঠাকুর'],
  ['thai', 'น้ำ'],
  ['thai', 'สมศรี'],
  ['thai', 'ภูมิพล'],
  ['tamil', 'பிரியா'],
  ['hebrew', 'נועה כהן'],
  ['cjk', '王芳'],
  ['cjk', '陳美玲'],
  ['cjk', '佐藤さくら'],
  ['hangul', '김지우'],
];

interface Shaper extends Font {
  layout(text: string): { glyphs: ReadonlyArray<{ id: number }> };
}

const faces = new Map<string, Shaper>();
function face(file: string): Shaper {
  let found = faces.get(file);
  if (!found) faces.set(file, (found = openFont(file) as Shaper));
  return found;
}

/** The regular and semibold faces of Inter and of the document's script fonts, in chain order. */
function chainFaces(scripts: readonly PdfScript[]): Array<readonly [string, Shaper[]]> {
  return [
    ['Inter', INTER_FILES.map(face)],
    ...scriptFonts(scripts).map((font) => [font.family, [font.regular, ...(font.semiBold ? [font.semiBold] : [])].map(face)] as const),
  ];
}

/** Characters of `text` that no family of the chain draws in every weight the document uses. */
function missingIn(text: string, scripts: readonly PdfScript[]): string[] {
  const chain = chainFaces(scripts);
  const missing = new Set<string>();
  for (const char of toPrintable(text)) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x20 || /^[\u200B-\u200D]$/u.test(char)) continue;
    // react-pdf takes the first family with the glyph; that family's faces must all have it.
    const family = chain.find(([, fonts]) => fonts.some((font) => hasGlyph(font, codePoint)));
    if (!family || !family[1].every((font) => hasGlyph(font, codePoint))) missing.add(`U+${codePoint.toString(16).toUpperCase()} ${char}`);
  }
  return [...missing];
}

describe('script fonts', () => {
  it('SCRIPT_RANGES are exactly what the font files draw (regenerate with scripts/script-ranges.ts)', () => {
    expect(SCRIPT_RANGES).toEqual(computeScriptRanges());
  });

  const ourText = [...stringsIn(templates), ...stringsIn([UNDER_18_RESOURCES, PRESSURE_RESOURCES, LEAK_RESOURCES])].join('\n');

  it('our own text needs no script font', () => {
    expect(scriptsIn([ourText])).toEqual([]);
  });

  it.each(SAMPLE_NAMES)('%s: every character of the template, the resources and “%s” has a glyph in its chain', (script, name) => {
    const scripts = scriptsIn([ourText, name]);
    expect(scripts).toEqual([script]);
    expect(toPrintable(name)).toBe(name);
    expect(missingIn(`${ourText}\n${name}`, scripts)).toEqual([]);
  });

  // Where the marks land is checked against HarfBuzz in pdf-script-marks.test.tsx.
  it.each(SAMPLE_NAMES)('%s: “%s” shapes with no missing glyph in either face', (script, name) => {
    const font = SCRIPT_FONTS.find((entry) => entry.script === script);
    // Word by word: Inter draws the spaces.
    for (const file of [font?.regular ?? '', ...(font?.semiBold ? [font.semiBold] : [])]) {
      for (const word of name.split(' ')) expect(face(file).layout(word).glyphs.every((glyph) => glyph.id !== 0), `${file}: ${word}`).toBe(true);
    }
  });

  it('the check notices a character the chain lacks', () => {
    expect(missingIn('王', [])).toEqual(['U+738B 王']);
    expect(missingIn('王', ['cjk'])).toEqual([]);
  });

  it('fonts that keep joiners draw them', () => {
    for (const font of SCRIPT_FONTS.filter((entry) => entry.joiners)) {
      for (const file of [font.regular, font.semiBold ?? font.regular]) {
        expect([hasGlyph(face(file), 0x200c), hasGlyph(face(file), 0x200d)], file).toEqual([true, true]);
      }
    }
  });

  it('no claimed character is one Inter draws, and no two fonts claim the same one', () => {
    const seen = new Map<number, PdfScript>();
    const inter = INTER_FILES.map(face);
    for (const [script, ranges] of Object.entries(SCRIPT_RANGES) as Array<[PdfScript, ReadonlyArray<readonly [number, number]>]>) {
      for (const [from, to] of ranges) {
        for (let codePoint = from; codePoint <= to; codePoint += 1) {
          expect(inter.some((font) => hasGlyph(font, codePoint))).toBe(false);
          expect(seen.get(codePoint)).toBeUndefined();
          seen.set(codePoint, script);
        }
      }
    }
  });
});
