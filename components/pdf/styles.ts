import { ink, muted, page, size } from '@/lib/pdf/page';
import { StyleSheet } from './primitives';
import { PDF_FONT_FAMILY } from './fonts';

/**
 * Text styles and the page frame. Each document part keeps its own
 * StyleSheet beside it; only what several parts share lives here.
 */

/**
 * Font size with its line height, always set together on the same style.
 * react-pdf resolves a unitless lineHeight against the font size in the same
 * style object (18 pt when there is none), so a lineHeight without a fontSize
 * beside it comes out far too loose. Never put lineHeight on a `fixed`
 * element either: react-pdf re-resolves fixed elements on every page and the
 * line height compounds.
 */
export const text = {
  title: { fontSize: size.title, lineHeight: 1.15 },
  h1: { fontSize: size.h1, lineHeight: 1.25 },
  h2: { fontSize: size.h2, lineHeight: 1.3 },
  body: { fontSize: size.body, lineHeight: 1.45 },
  small: { fontSize: size.small, lineHeight: 1.4 },
  tiny: { fontSize: size.tiny, lineHeight: 1.3 },
} as const;

/** Left gutter for section numbers; terms hang in line with section titles. */
export const GUTTER = 22;

export const base = StyleSheet.create({
  // No lineHeight here: on <Page> it silently removes every `render` footer.
  page: {
    fontFamily: PDF_FONT_FAMILY,
    fontSize: size.body,
    color: ink,
    paddingTop: page.marginTop,
    paddingBottom: page.marginBottom,
    paddingHorizontal: page.marginX,
  },
  body: { ...text.body },
  partTitle: { ...text.h1, fontWeight: 600, marginBottom: 4 },
  partIntro: { ...text.small, color: muted, marginBottom: 12 },
  part: { marginTop: 22 },
  label: { ...text.tiny, fontWeight: 600, letterSpacing: 0.6, textTransform: 'uppercase', color: muted },
  semi: { fontWeight: 600 },
  small: { ...text.small },
  mutedText: { color: muted },
});
