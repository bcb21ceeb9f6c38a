import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { createElement } from 'react';
import { Document, Font, Page, Text, pdf } from '@react-pdf/renderer';
import { FONT_DIR } from './pdf-fixture';

/**
 * Where react-pdf really draws each glyph of a word, read back from the PDF's
 * content stream, beside where HarfBuzz (the shaper browsers and most PDF
 * tools use) puts it: the check that marks land where the font asks.
 */

/** A glyph as drawn: its position from the start of the word and its advance width, in font units, rounded. */
export type Placed = readonly [x: number, y: number, width: number];

/** HarfBuzz's output for one word, as recorded in pdf-script-marks.hb.json: [glyph id, advance, x offset, y offset]. */
export type HbGlyph = readonly [id: number, advance: number, dx: number, dy: number];

export const HB_FIXTURES = JSON.parse(readFileSync(new URL('./pdf-script-marks.hb.json', import.meta.url), 'utf8')) as Record<string, Record<string, HbGlyph[]>>;

interface FontkitFont {
  readonly unitsPerEm: number;
  getGlyph(id: number): { readonly advanceWidth: number };
}
const fontkit = createRequire(import.meta.url)('fontkit') as { create(buffer: Buffer): FontkitFont };

const SIZE = 40;

/** Glyph positions HarfBuzz gives a word: the pen's advance so far plus the glyph's own offset. */
export function hbPlaced(file: string, glyphs: readonly HbGlyph[]): Placed[] {
  const font = fontkit.create(readFileSync(join(FONT_DIR, file)));
  let pen = 0;
  return glyphs.map(([id, advance, dx, dy]) => {
    const placed: Placed = [pen + dx, dy, font.getGlyph(id).advanceWidth];
    pen += advance;
    return placed;
  });
}

/** The same glyphs in drawing order or not: marks on one base may be drawn in either order. */
export function sorted(placed: readonly Placed[]): Placed[] {
  return [...placed].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
}

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `first` then `second`, as PDF's `cm` concatenates them. */
function times([a, b, c, d, e, f]: Matrix, [a2, b2, c2, d2, e2, f2]: Matrix): Matrix {
  return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2];
}

/**
 * The glyphs of each line, where the PDF's operators put them. Each run of a
 * line is its own text object (BT…ET) moved into place with `cm`, so the
 * graphics state (q, Q, cm) is followed too; lines are told apart by baseline,
 * and each starts where its first text object does.
 */
function drawnLines(bytes: Uint8Array, unitsPerEm: number): Placed[][] {
  const raw = Buffer.from(bytes).toString('latin1');
  const widthArrays = [...raw.matchAll(/\/W \[0 \[([^\]]*)\]\]/g)];
  if (widthArrays.length !== 1) throw new Error(`Expected one embedded font, found ${widthArrays.length}`);
  const widths = (widthArrays[0]?.[1] ?? '').trim().split(/\s+/).map(Number);
  const lines: Array<{ left: number; baseline: number; up: number; placed: Placed[] }> = [];
  const number = String.raw`(-?[\d.]+)`;
  const operators = new RegExp(String.raw`${Array(6).fill(number).join(' ')} (cm|Tm)|\/\S+ ${number} Tf|\[(.*?)\] TJ|\b(q|Q|BT)\b`, 'g');
  const toUnits = (points: number, size: number) => Math.round((points / size) * unitsPerEm);
  for (const stream of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(stream[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue; // not deflated: the font file or an image
    }
    let ctm: Matrix = IDENTITY;
    const saved: Matrix[] = [];
    let text: Matrix = IDENTITY;
    let size = 0;
    let opening = false;
    let line: (typeof lines)[number] | undefined;
    for (const op of content.matchAll(operators)) {
      const values = op.slice(1, 7).map(Number) as unknown as Matrix;
      if (op[7] === 'cm') ctm = times(values, ctm);
      else if (op[7] === 'Tm') {
        text = values;
        if (opening) {
          // The text object's first position is its run's start on the line.
          const [, , , up, x, y] = times(text, ctm);
          line = lines.find((candidate) => Math.abs(candidate.baseline - y) < 1);
          if (line) line.left = Math.min(line.left, x);
          else lines.push((line = { left: x, baseline: y, up, placed: [] }));
          opening = false;
        }
      } else if (op[8] !== undefined) size = Number(op[8]);
      else if (op[10] === 'q') saved.push(ctm);
      else if (op[10] === 'Q') ctm = saved.pop() ?? IDENTITY;
      else if (op[10] === 'BT') opening = true;
      else {
        // TJ: 2-byte glyph ids, each moving the pen by its width; a number between them moves it back.
        for (const part of (op[9] ?? '').matchAll(/<([0-9a-f]*)>|(-?[\d.]+)/g)) {
          if (part[1] === undefined) {
            text = times([1, 0, 0, 1, (-Number(part[2]) * size) / 1000, 0], text);
            continue;
          }
          for (let index = 0; index < part[1].length; index += 4) {
            const width = widths[parseInt(part[1].slice(index, index + 4), 16)] ?? Number.NaN;
            const [, , , , x, y] = times(text, ctm);
            if (line) line.placed.push([x, (y - line.baseline) / line.up, Math.round((width * unitsPerEm) / 1000)]);
            text = times([1, 0, 0, 1, (width * size) / 1000, 0], text);
          }
        }
      }
    }
  }
  // Positions from the line's start, in font units.
  return lines.map(({ left, placed }) => placed.map(([x, y, width]): Placed => [toUnits(x - left, SIZE), toUnits(y, SIZE), width]));
}

let families = 0;

/** Renders each word on its own line in one font (one document, in order), and returns where each glyph was drawn. */
export async function drawnWords(file: string, words: readonly string[]): Promise<Placed[][]> {
  const family = `Drawn ${(families += 1)}`;
  Font.register({ family, src: join(FONT_DIR, file) });
  // Whole words, as the app's own registration has it (components/pdf/fonts.ts).
  Font.registerHyphenationCallback((word) => [word]);
  const texts = words.map((word, index) => createElement(Text, { key: index, style: { fontFamily: family, fontSize: SIZE } }, word));
  const blob = await pdf(createElement(Document, null, createElement(Page, { size: 'A4' }, ...texts))).toBlob();
  const { unitsPerEm } = fontkit.create(readFileSync(join(FONT_DIR, file)));
  const lines = drawnLines(new Uint8Array(await blob.arrayBuffer()), unitsPerEm);
  if (lines.length !== words.length) throw new Error(`Expected one line per word, found ${lines.length} for ${words.length}`);
  return lines;
}
