/**
 * Which way a piece of typed text runs, the way a browser's `dir="auto"` decides:
 * by its first strong letter. react-pdf orders right-to-left runs itself, but it
 * lays every paragraph out left to right unless told otherwise, so a Hebrew own
 * term would start at the left with its full stop on the wrong side.
 */

// Letters of scripts written right to left (Bidi class R or AL).
const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const LETTER = /\p{L}/u;

export type TextDirection = 'ltr' | 'rtl';

export function textDirection(text: string): TextDirection {
  for (const char of text) {
    if (RTL_LETTER.test(char)) return 'rtl';
    if (LETTER.test(char)) return 'ltr';
  }
  return 'ltr';
}

/** The react-pdf style for a paragraph of right-to-left text: laid out and aligned from the right. */
export const RTL_PARAGRAPH = { direction: 'rtl', textAlign: 'right' } as const;
