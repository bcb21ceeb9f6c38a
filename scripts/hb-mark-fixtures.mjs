/**
 * Records how HarfBuzz shapes the sample words of tests/integration/pdf-script-marks.test.tsx,
 * the reference the PDF's glyph positions are checked against:
 *
 *   node scripts/hb-mark-fixtures.mjs > tests/integration/pdf-script-marks.hb.json
 *
 * Needs `hb-shape` (Debian package libharfbuzz-bin); the test itself does not.
 * Each word is shaped as react-pdf's text layout hands it over (Indic and
 * Thai runs decomposed, NFD), and HarfBuzz's glyphs come in visual order.
 * Recorded with HarfBuzz 6.0.0; run it again after any change to the fonts or to the words.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FONTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'fonts');

// font file → words. Keep in step with the test.
export const WORDS = {
  'NotoSansBengali-Regular.ttf': ['প্রিয়া', 'রবীন্দ্রনাথ', 'শর্মিষ্ঠা', 'আয়েশা', 'ক্রান্তি'],
  'NotoSansBengali-SemiBold.ttf': ['প্রিয়া', 'রবীন্দ্রনাথ'],
  'NotoSansThai-Regular.ttf': ['สุดา', 'น้ำ', 'สมศรี', 'ภูมิพล', 'น้ำผึ้ง'],
  'NotoSansThai-SemiBold.ttf': ['น้ำ', 'สมศรี'],
  'NotoSansDevanagari-Regular.ttf': ['कृष्ण', 'प्रिया', 'लक्ष्मी'],
  'NotoSansTamil-Regular.ttf': ['பிரியா', 'கிருஷ்ணன்'],
  'NotoSansHebrew-Regular.ttf': ['נועה', 'שָׁלוֹם'],
  'NotoSansArabic-Regular.ttf': ['زينب', 'فاطمة', 'نور'],
};

const fixtures = {};
for (const [file, words] of Object.entries(WORDS)) {
  fixtures[file] = {};
  for (const word of words) {
    const shaped = JSON.parse(execFileSync('hb-shape', ['--output-format=json', '--no-glyph-names', join(FONTS, file), word.normalize('NFD')]).toString());
    // glyph id, advance, and the offset from the pen, in font units
    fixtures[file][word] = shaped.map((glyph) => [glyph.g, glyph.ax, glyph.dx, glyph.dy]);
  }
}
// One word a line.
const lines = Object.entries(fixtures).map(([file, words]) => `  ${JSON.stringify(file)}: {\n${Object.entries(words).map(([word, glyphs]) => `    ${JSON.stringify(word)}: ${JSON.stringify(glyphs)}`).join(',\n')}\n  }`);
process.stdout.write(`{\n${lines.join(',\n')}\n}\n`);
