import type { FontStore } from '@react-pdf/types';

/**
 * The PDF's one font family: Inter 4 (SIL Open Font License, public/fonts/OFL.txt),
 * self-hosted and embedded. The files in public/fonts are Inter Regular and
 * SemiBold from @expo-google-fonts/inter@0.4.2, cut down (fonttools) to what
 * an agreement can contain: Latin with every accent ("Zoë", "José", "Łukasz",
 * Vietnamese), Greek, Cyrillic, punctuation, arrows, □ and ✓, with only the
 * kern, liga, ccmp, locl, mark and mkmk features and no hinting:
 *
 *   pyftsubset Inter_400Regular.ttf --no-hinting --layout-features='kern,liga,ccmp,locl,mark,mkmk'  *     --unicodes='U+0020-007E,U+00A0-024F,U+0259,U+02BB-02BC,U+02C6-02C7,U+02D8-02DD,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+221E,U+25A1,U+2713,U+FFFD'  *     --output-file=public/fonts/Inter-Regular.ttf   (and the same for Inter_600SemiBold → Inter-SemiBold.ttf)
 *
 * Why: 137 KB instead of 342 KB per face for the browser to fetch, and Inter's
 * contextual alternates (calt), which this text never needs, made fontkit's
 * shaping about three times slower. react-pdf (pdfkit) then embeds only the
 * glyphs a document uses (about 6 KB per face, compressed, in a typical agreement).
 *
 * Registered once per JavaScript realm: react-pdf caches each parsed font, so
 * later renders reuse it and cost no font parsing.
 */
export const PDF_FONT_FAMILY = 'Inter';

export const PDF_FONT_FILES = {
  regular: 'Inter-Regular.ttf',
  semiBold: 'Inter-SemiBold.ttf',
} as const;

/** Where the app serves the font files (public/fonts). */
export const DEFAULT_FONT_BASE = '/fonts';

let registeredBase: string | null = null;

function join(base: string, file: string): string {
  return `${base.replace(/[/\\]+$/, '')}/${file}`;
}

/**
 * Registers the font family with react-pdf's font store, once.
 *
 * @param base A URL path in the browser (`/fonts`, fetched from the app's own
 *   origin) or a directory in Node (`<repo>/public/fonts`, read from disk).
 * @returns The base actually in use (the first one registered wins).
 */
export function registerPdfFonts(fontStore: FontStore, base: string = DEFAULT_FONT_BASE): string {
  if (registeredBase !== null) return registeredBase;
  fontStore.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: join(base, PDF_FONT_FILES.regular), fontWeight: 400 },
      { src: join(base, PDF_FONT_FILES.semiBold), fontWeight: 600 },
    ],
  });
  // Whole words only: names and short clauses read better unbroken.
  fontStore.registerHyphenationCallback((word) => [word]);
  registeredBase = base;
  return base;
}

/** Starts parsing both faces early, so the first render does not wait for them one by one. */
export async function preloadPdfFonts(fontStore: FontStore): Promise<void> {
  await Promise.all([
    fontStore.load({ fontFamily: PDF_FONT_FAMILY, fontWeight: 400 }),
    fontStore.load({ fontFamily: PDF_FONT_FAMILY, fontWeight: 600 }),
  ]);
}
