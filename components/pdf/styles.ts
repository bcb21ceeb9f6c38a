import { StyleSheet } from '@react-pdf/renderer';
import { PDF_FONT_FAMILY } from './fonts';

/**
 * Shared design tokens and the page frame. Each document part keeps its own
 * StyleSheet beside it; only what several parts share lives here.
 *
 * Black and white friendly: ink and two greys only, and meaning is always
 * carried by words or shape (labels, rules, tick boxes), never by colour.
 */
export const ink = '#111111';
export const muted = '#444444';
export const rule = '#8a8a8a';

export const size = {
  title: 24,
  h1: 15,
  h2: 11.5,
  body: 10,
  small: 8.5,
  tiny: 7.5,
} as const;

/** Page geometry in points (A4: 595 × 842). The bottom margin leaves room for the footer. */
export const page = {
  marginX: 54,
  marginTop: 52,
  marginBottom: 78,
  footerBottom: 28,
} as const;

/** Keep a heading with at least this much of what follows it (points). */
export const KEEP_WITH_NEXT = 90;

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
  body: { lineHeight: 1.45 },
  partTitle: { fontSize: size.h1, fontWeight: 600, marginBottom: 4 },
  partIntro: { fontSize: size.small, color: muted, marginBottom: 12 },
  part: { marginTop: 22 },
  label: { fontSize: size.tiny, fontWeight: 600, letterSpacing: 0.6, textTransform: 'uppercase', color: muted },
  semi: { fontWeight: 600 },
  small: { fontSize: size.small },
  mutedText: { color: muted },
});
