import type { FontStore } from '@react-pdf/types';
import type { PdfScript } from './script-fonts';
import { fontChain, scriptFonts } from './scripts';

const registered = new Set<string>();

function join(base: string, file: string): string {
  return `${base.replace(/[/\\]+$/, '')}/${file}`;
}

/**
 * Registers and parses the fonts these scripts need, and returns the document's
 * `fontFamily` chain (the base family first). Each family is registered once
 * per JavaScript realm and react-pdf keeps each parsed font, so a later
 * document with the same scripts loads nothing again. With no scripts it does
 * nothing and returns just the base family.
 *
 * @param base Same as the base font's: a URL path in the browser (`/fonts`, the
 *   app's own origin) or the public/fonts directory in Node.
 */
export async function loadScriptFonts(fontStore: FontStore, base: string, baseFamily: string, scripts: readonly PdfScript[]): Promise<string[]> {
  const fonts = scriptFonts(scripts);
  const loads: Promise<void>[] = [];
  for (const font of fonts) {
    if (!registered.has(font.family)) {
      fontStore.register({
        family: font.family,
        fonts: [
          { src: join(base, font.regular), fontWeight: 400 },
          ...(font.semiBold ? [{ src: join(base, font.semiBold), fontWeight: 600 }] : []),
        ],
      });
      registered.add(font.family);
    }
    // With no semibold face, react-pdf resolves weight 600 to the regular one.
    loads.push(fontStore.load({ fontFamily: font.family, fontWeight: 400 }));
    if (font.semiBold) loads.push(fontStore.load({ fontFamily: font.family, fontWeight: 600 }));
  }
  await Promise.all(loads);
  return fontChain(baseFamily, scripts);
}
