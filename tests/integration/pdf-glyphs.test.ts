import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { templates } from '@/templates';
import { LEAK_RESOURCES, PRESSURE_RESOURCES, UNDER_18_RESOURCES } from '@/templates/resources';
import { PDF_FONT_FILES } from '@/components/pdf/fonts';
import { PRINTABLE_RANGES } from '@/lib/pdf/printable';
import { FONT_DIR } from './pdf-fixture';

// fontkit is what react-pdf itself uses to read the font; no types ship with it.
interface Font {
  readonly characterSet: number[];
  glyphForCodePoint(codePoint: number): { id: number };
}
// Glyph 0 is .notdef: what a font "has" for a character its cmap does not really cover.
const hasGlyph = (font: Font, codePoint: number) => font.glyphForCodePoint(codePoint).id !== 0;
const fontkit = createRequire(import.meta.url)('fontkit') as { create(buffer: Buffer): Font };

/** Every string anywhere in a value: template text goes into the PDF from many fields. */
function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => strings(item, found));
  return found;
}

describe('the embedded PDF font covers every character our own text uses', () => {
  const faces = Object.values(PDF_FONT_FILES).map((file) => [file, fontkit.create(readFileSync(join(FONT_DIR, file)))] as const);
  // A template carries its help by country, notes, device steps and upgrade words, so each is walked whole;
  // the help is named again so a failure says where the character sits.
  const sources = [
    ...templates.map((template) => [`template ${template.id} v${template.version}`, template] as const),
    ...templates.flatMap((template) => (template.help ? [[`help by country, v${template.version}`, template.help] as const] : [])),
    ['resources', [UNDER_18_RESOURCES, PRESSURE_RESOURCES, LEAK_RESOURCES]] as const,
  ];

  it.each(sources)('%s', (_label, source) => {
    const missing = new Set<string>();
    for (const text of strings(source)) {
      for (const char of text.normalize('NFC')) {
        const codePoint = char.codePointAt(0) ?? 0;
        if (codePoint < 0x20) continue;
        for (const [file, font] of faces) if (!hasGlyph(font, codePoint)) missing.add(`${file}: U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ${char} in “${text.slice(0, 60)}”`);
      }
    }
    // A missing glyph prints as an empty box in the PDF.
    expect([...missing]).toEqual([]);
  });

  it('the check itself notices a character the subset leaves out', () => {
    const [, regular] = faces[0] ?? [];
    assert(regular);
    expect(hasGlyph(regular, '⋯'.codePointAt(0) ?? 0)).toBe(false);
    expect(hasGlyph(regular, 0xfffd)).toBe(false);
    expect(hasGlyph(regular, 'ë'.codePointAt(0) ?? 0)).toBe(true);
  });

  it('PRINTABLE_RANGES are exactly the code points both faces draw', () => {
    const [regular, semiBold] = faces.map(([, font]) => new Set(font.characterSet.filter((codePoint) => hasGlyph(font, codePoint))));
    const both = [...(regular ?? [])].filter((codePoint) => semiBold?.has(codePoint)).sort((first, second) => first - second);
    const ranges: Array<[number, number]> = [];
    for (const codePoint of both) {
      const last = ranges.at(-1);
      if (last && last[1] === codePoint - 1) last[1] = codePoint;
      else ranges.push([codePoint, codePoint]);
    }
    expect(PRINTABLE_RANGES).toEqual(ranges);
  });
});
