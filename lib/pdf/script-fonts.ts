/**
 * The fonts the PDF adds, beyond Inter, for names and own terms typed in other
 * scripts. All Noto Sans (SIL Open Font License, public/fonts/Noto-OFL.txt),
 * self-hosted TTF: react-pdf prints WOFF2 glyphs blank and lays WOFF out
 * several times slower.
 *
 * The subsets in public/fonts were cut from the @expo-google-fonts/noto-sans-*
 * packages (devanagari 0.4.1, bengali 0.4.4, tamil 0.4.3, thai 0.4.2,
 * hebrew 0.4.1, arabic 0.4.3), the 400Regular and 600SemiBold faces, keeping
 * each script's whole blocks and every shaping feature:
 *
 *   pyftsubset NotoSansDevanagari_400Regular.ttf --no-hinting --layout-features='*'
 *     --unicodes='U+0900-097F,U+A8E0-A8FF,U+200C-200D,U+25CC' --output-file=NotoSansDevanagari-Regular.ttf
 *   Bengali U+0980-09FF,U+200C-200D,U+25CC · Tamil U+0B80-0BFF,U+200C-200D,U+25CC · Thai U+0E00-0E7F,U+25CC
 *   Hebrew U+0590-05FF,U+FB1D-FB4F,U+25CC · Arabic U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200D,U+25CC
 *
 * Chinese, Japanese and Korean need tens of thousands of characters, so no
 * subset can cover every name: scripts/copy-cjk-fonts.mjs copies the whole
 * regular faces from @expo-google-fonts/noto-sans-sc and -kr (exact versions
 * in package.json) into the git-ignored public/fonts/cjk at install and before
 * every build. Noto Sans SC draws every unified ideograph (Simplified and
 * Traditional) and kana, so one font serves Chinese and Japanese names;
 * Noto Sans KR adds Hangul. Their semibold faces are left out: each would
 * double the megabytes a CJK document loads, and react-pdf draws a semibold
 * CJK name with the regular face when it is the only one registered.
 */

export type PdfScript = 'devanagari' | 'bengali' | 'tamil' | 'thai' | 'hebrew' | 'arabic' | 'cjk' | 'hangul';

export interface ScriptFont {
  readonly script: PdfScript;
  /** What to call its letters when telling someone the PDF cannot print them yet. */
  readonly label: string;
  /** The family name registered with react-pdf. */
  readonly family: string;
  /** File names under the font base (public/fonts). */
  readonly regular: string;
  readonly semiBold?: string;
  /** Unicode blocks this font is chosen for (the characters it actually draws are in script-ranges.ts). */
  readonly blocks: ReadonlyArray<readonly [number, number]>;
  /** Keeps zero-width joiners (ZWNJ, ZWJ) inside its own words: they change how the letters join. */
  readonly joiners: boolean;
  /** Whether documents use it. */
  readonly enabled: boolean;
}

const CJK_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x3000, 0x303f], // ideographic space and punctuation: 、。「」々〆
  [0x3040, 0x30ff], // hiragana, katakana
  [0x31f0, 0x31ff], // katakana phonetic extensions
  [0x3400, 0x4dbf], // ideographs, extension A
  [0x4e00, 0x9fff], // unified ideographs
  [0xf900, 0xfaff], // compatibility ideographs
  [0xff00, 0xff9f], // full-width Latin and punctuation, half-width katakana
  [0xffe0, 0xffef],
  [0x20000, 0x3134f], // ideographs, extensions B to G
];

/**
 * In chain order: for each character react-pdf uses the first font in the
 * document's chain that has it (Inter always first), and script-ranges.ts gives
 * each font only what no earlier font has, so the font we expect is the font
 * react-pdf picks.
 *
 * Marks land where each font puts them only with our patches to react-pdf's
 * textkit and render and to fontkit (patches/, applied on `npm install`):
 * tests/integration/pdf-script-marks.test.tsx checks sample words of every
 * enabled script against HarfBuzz. Arabic (with Persian and Urdu) stays off,
 * printing as "?" with a note where it is typed, until react-pdf itself places
 * marks (react-pdf issues #3533, #3197, #2424), as the issue asks; with our
 * patches its sample words already draw as HarfBuzz draws them
 * (tests/integration/pdf-marks-upstream.test.tsx, which also fails when a
 * patched package changes version: docs/pdf-fonts.md says what to do then).
 */
export const SCRIPT_FONTS: readonly ScriptFont[] = [
  { script: 'devanagari', label: 'Devanagari', family: 'Noto Sans Devanagari', regular: 'NotoSansDevanagari-Regular.ttf', semiBold: 'NotoSansDevanagari-SemiBold.ttf', blocks: [[0x0900, 0x097f], [0xa8e0, 0xa8ff]], joiners: true, enabled: true },
  { script: 'bengali', label: 'Bengali', family: 'Noto Sans Bengali', regular: 'NotoSansBengali-Regular.ttf', semiBold: 'NotoSansBengali-SemiBold.ttf', blocks: [[0x0980, 0x09ff]], joiners: true, enabled: true },
  { script: 'tamil', label: 'Tamil', family: 'Noto Sans Tamil', regular: 'NotoSansTamil-Regular.ttf', semiBold: 'NotoSansTamil-SemiBold.ttf', blocks: [[0x0b80, 0x0bff]], joiners: true, enabled: true },
  { script: 'thai', label: 'Thai', family: 'Noto Sans Thai', regular: 'NotoSansThai-Regular.ttf', semiBold: 'NotoSansThai-SemiBold.ttf', blocks: [[0x0e00, 0x0e7f]], joiners: false, enabled: true },
  { script: 'hebrew', label: 'Hebrew', family: 'Noto Sans Hebrew', regular: 'NotoSansHebrew-Regular.ttf', semiBold: 'NotoSansHebrew-SemiBold.ttf', blocks: [[0x0590, 0x05ff], [0xfb1d, 0xfb4f]], joiners: false, enabled: true },
  { script: 'arabic', label: 'Arabic, Persian and Urdu', family: 'Noto Sans Arabic', regular: 'NotoSansArabic-Regular.ttf', semiBold: 'NotoSansArabic-SemiBold.ttf', blocks: [[0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]], joiners: true, enabled: false },
  { script: 'cjk', label: 'Chinese and Japanese', family: 'Noto Sans SC', regular: 'cjk/NotoSansSC-Regular.ttf', blocks: CJK_BLOCKS, joiners: false, enabled: true },
  // Hangul, and the few ideographs Noto Sans SC lacks that Noto Sans KR has.
  { script: 'hangul', label: 'Korean', family: 'Noto Sans KR', regular: 'cjk/NotoSansKR-Regular.ttf', blocks: [[0x1100, 0x11ff], [0x3130, 0x318f], [0xa960, 0xa97f], [0xac00, 0xd7ff], [0xffa0, 0xffdc], ...CJK_BLOCKS], joiners: false, enabled: true },
];
