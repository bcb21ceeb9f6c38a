import { SCRIPT_FONTS, type PdfScript, type ScriptFont } from './script-fonts';
import { SCRIPT_RANGES } from './script-ranges';

/**
 * Which script fonts a document needs, from its text. Plain TypeScript, cheap
 * enough to run on every export: a Latin-only document finds none, so it
 * registers and loads nothing beyond Inter.
 */

const ENABLED: readonly ScriptFont[] = SCRIPT_FONTS.filter((font) => font.enabled);

/** Below the first character any script font claims, only Inter draws anything. */
const FIRST_SCRIPT_CODE_POINT = Math.min(...ENABLED.flatMap((font) => SCRIPT_RANGES[font.script].map(([from]) => from)));

function inRanges(ranges: ReadonlyArray<readonly [number, number]>, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (!range) return false;
    if (codePoint < range[0]) high = middle - 1;
    else if (codePoint > range[1]) low = middle + 1;
    else return true;
  }
  return false;
}

/** The enabled script font that draws this character, or null (Inter draws it, or nothing does). */
export function scriptFontFor(codePoint: number): ScriptFont | null {
  if (codePoint < FIRST_SCRIPT_CODE_POINT) return null;
  for (const font of ENABLED) if (inRanges(SCRIPT_RANGES[font.script], codePoint)) return font;
  return null;
}

/**
 * Script fonts we have but keep off (script-fonts.ts says why) whose
 * characters this text contains: the typing hint names them.
 */
export function heldBackScripts(text: string): ScriptFont[] {
  const held = SCRIPT_FONTS.filter((font) => !font.enabled);
  const found = new Set<ScriptFont>();
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    for (const font of held) if (inRanges(SCRIPT_RANGES[font.script], codePoint)) found.add(font);
  }
  return held.filter((font) => found.has(font));
}

/** The scripts a set of texts uses, in chain order, each once. */
export function scriptsIn(texts: Iterable<string>): PdfScript[] {
  const found = new Set<PdfScript>();
  for (const text of texts) {
    for (let index = 0; index < text.length; index += 1) {
      const codePoint = text.codePointAt(index) ?? 0;
      if (codePoint > 0xffff) index += 1;
      if (codePoint < FIRST_SCRIPT_CODE_POINT) continue;
      const font = scriptFontFor(codePoint);
      if (font) found.add(font.script);
    }
  }
  return ENABLED.filter((font) => found.has(font.script)).map((font) => font.script);
}

/** Every string anywhere in a value (a PDF model: text reaches the page from many fields). */
export function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value && typeof value === 'object' && !(value instanceof Date)) for (const item of Object.values(value)) yield* stringsIn(item);
}

/** The script fonts for these scripts, in chain order. */
export function scriptFonts(scripts: readonly PdfScript[]): ScriptFont[] {
  return ENABLED.filter((font) => scripts.includes(font.script));
}

/**
 * The `fontFamily` chain for a document: the base family (Inter) first, then
 * each script font it needs. react-pdf draws each character with the first
 * family that has it, and loads every family named whenever a style uses the
 * chain: so it is built per document, never for all scripts at once.
 */
export function fontChain(baseFamily: string, scripts: readonly PdfScript[]): string[] {
  return [baseFamily, ...scriptFonts(scripts).map((font) => font.family)];
}
