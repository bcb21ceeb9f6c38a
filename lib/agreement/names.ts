/**
 * A typed name as it is kept and compared: Unicode NFC (so "Zoë" typed as
 * e + U+0308 is the same name as the precomposed one), trimmed, single spaces.
 */
export function normaliseName(typed: string): string {
  return typed.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Names match when they are the same once normalised, apart from case. */
export function isSameName(typed: string, expected: string): boolean {
  return normaliseName(typed).toLocaleLowerCase() === normaliseName(expected).toLocaleLowerCase();
}

/** Why a name or an own term cannot be kept as typed. */
export type TextProblem = 'bidi' | 'control' | 'invisible';

// Every bidi control: marks, embeddings, overrides and isolates. Any of them can make the
// screen, the PDF and the signed text read differently ("may [RLO]ton[PDF]" shows as "may not").
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// C0 and C1 controls and the line and paragraph separators; `\n` only where line breaks are allowed.
const CONTROLS = /[\p{Cc}\u2028\u2029]/u;
const CONTROLS_BUT_NEWLINE = /[\0-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029]/u;
// Characters that draw nothing although Unicode does not class them as format or space.
const BLANK_LOOKING = '\u034F\u115F\u1160\u17B4\u17B5\u180E\u2800\u3164\uFFA0';
const VISIBLE = new RegExp(`[^\\s\\p{Cf}\\p{Cc}\\p{Z}\\p{M}${BLANK_LOOKING}]`, 'u');

/**
 * The one text rule for names and own terms, used by setup, own terms,
 * signatures and every import: no bidi controls, no control or separator
 * characters, and something a reader can see. `lineBreaks` allows plain
 * line breaks (an own term is written in a text area).
 */
export function textProblem(text: string, options: { readonly lineBreaks?: boolean } = {}): TextProblem | null {
  if (BIDI_CONTROLS.test(text)) return 'bidi';
  if ((options.lineBreaks ? CONTROLS_BUT_NEWLINE : CONTROLS).test(text)) return 'control';
  if (!VISIBLE.test(text)) return 'invisible';
  return null;
}

/** What each text problem means, as a form shows it beside the field. */
export const TEXT_PROBLEM_MESSAGES: Readonly<Record<TextProblem, string>> = {
  bidi: 'Please leave out hidden direction characters: they can make the text read differently on screen and on paper.',
  control: 'Please leave out hidden control characters.',
  invisible: 'Please write something someone can read.',
};
