import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templates } from '@/templates';
import { LEAK_RESOURCES, PRESSURE_RESOURCES, UNDER_18_RESOURCES } from '@/templates/resources';
import { PDF_FONT_FILES } from '@/components/pdf/fonts';
import { FONT_DIR } from './pdf-fixture';

// fontkit is what react-pdf itself uses to read the font; no types ship with it.
interface Font {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
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
  const sources = [...templates.map((template) => [`template ${template.id}`, template] as const), ['resources', [UNDER_18_RESOURCES, PRESSURE_RESOURCES, LEAK_RESOURCES]] as const];

  it.each(sources)('%s', (_label, source) => {
    const missing = new Set<string>();
    for (const text of strings(source)) {
      for (const char of text.normalize('NFC')) {
        const codePoint = char.codePointAt(0) ?? 0;
        if (codePoint < 0x20) continue;
        for (const [file, font] of faces) if (!font.hasGlyphForCodePoint(codePoint)) missing.add(`${file}: U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ${char} in “${text.slice(0, 60)}”`);
      }
    }
    // A missing glyph prints as an empty box in the PDF.
    expect([...missing]).toEqual([]);
  });

  it('the check itself notices a character the subset leaves out', () => {
    const [, regular] = faces[0] ?? [];
    expect(regular?.hasGlyphForCodePoint('⋯'.codePointAt(0) ?? 0)).toBe(false);
    expect(regular?.hasGlyphForCodePoint('ë'.codePointAt(0) ?? 0)).toBe(true);
  });
});
