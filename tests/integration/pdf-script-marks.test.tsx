import { describe, expect, it } from 'vitest';
import { SCRIPT_FONTS } from '@/lib/pdf/script-fonts';
import { drawnWords, HB_FIXTURES, hbPlaced, sorted } from './pdf-script-drawn';

/**
 * Every glyph of these words is drawn where HarfBuzz puts it: the same glyph
 * widths at the same places, marks moved up, down and sideways as the font asks
 * (Bengali ra-phala and reph, Thai tone marks over a NIKHAHIT, Devanagari
 * vowel signs, Hebrew points). Out of the box react-pdf 4.9 and fontkit 2.0.4
 * get these wrong; patches/ fixes them (docs/pdf-fonts.md), so this test fails
 * when the patches are not applied.
 *
 * In each font the words are drawn in one document, in order: สุดา before น้ำ
 * makes fontkit reuse its cached SARA AA glyph, which lost a glyph; ক্রান্তি
 * starts with a letter shaped into two glyphs, whose first textkit dropped.
 * The HarfBuzz answers are recorded in pdf-script-marks.hb.json
 * (scripts/hb-mark-fixtures.mjs); Arabic stays off and is checked in
 * pdf-marks-upstream.test.tsx.
 */
const ENABLED_FILES = new Set(SCRIPT_FONTS.filter((font) => font.enabled).flatMap((font) => [font.regular, font.semiBold]));
const CASES = Object.entries(HB_FIXTURES).filter(([file]) => ENABLED_FILES.has(file));

describe('marks land where the font puts them, as HarfBuzz draws them', () => {
  it('covers Bengali, Thai, Devanagari, Tamil and Hebrew', () => {
    expect(CASES.map(([file]) => file.replace(/-.*/, ''))).toEqual(expect.arrayContaining(['NotoSansBengali', 'NotoSansThai', 'NotoSansDevanagari', 'NotoSansTamil', 'NotoSansHebrew']));
  });

  it.each(CASES)('%s', async (file, fixtures) => {
    const words = Object.keys(fixtures);
    const drawn = await drawnWords(file, words);
    words.forEach((word, index) => {
      expect(sorted(drawn[index] ?? []), word).toEqual(sorted(hbPlaced(file, fixtures[word] ?? [])));
    });
  }, 30_000);

  it('the words need marks moved, so the check can tell', () => {
    const moved = (file: string, word: string) => (HB_FIXTURES[file]?.[word] ?? []).filter(([, , dx, dy]) => dx !== 0 || dy !== 0).length;
    expect(moved('NotoSansBengali-Regular.ttf', 'প্রিয়া')).toBeGreaterThan(0);
    expect(moved('NotoSansThai-Regular.ttf', 'น้ำ')).toBeGreaterThan(0);
    expect(moved('NotoSansDevanagari-Regular.ttf', 'कृष्ण')).toBeGreaterThan(0);
    expect(moved('NotoSansHebrew-Regular.ttf', 'שָׁלוֹם')).toBeGreaterThan(0);
  });
});
