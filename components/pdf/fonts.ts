import type { FontStore } from '@react-pdf/types';

/**
 * The PDF's one font family: Inter (SIL Open Font License, public/fonts/OFL.txt),
 * self-hosted and embedded. It covers accented Latin ("Zoë", "José", "Łukasz").
 * react-pdf (pdfkit) embeds only the glyphs a document uses, so the ~340 KB
 * files become a subset of a few tens of KB.
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
