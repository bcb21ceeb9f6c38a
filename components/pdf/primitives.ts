import { Document as DocumentTag, Page as PageTag, Text as TextTag, View as ViewTag } from '@react-pdf/primitives';
import type { Document as DocumentComponent, Page as PageComponent, Text as TextComponent, View as ViewComponent } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';

/**
 * The react-pdf building blocks the document parts use, without loading the
 * renderer. react-pdf's primitives are plain element tags ('VIEW', 'TEXT', …),
 * re-exported as-is by @react-pdf/renderer; typing them as the renderer's
 * components keeps full prop checking.
 *
 * Why: the parts can then be imported anywhere without pulling the ~450 KB
 * renderer into a bundle, and only render.ts loads it, on demand. (It also
 * lets Node tools such as tsx load the parts: the renderer's ESM-only
 * dependencies cannot be `require`d by tsx's CommonJS transform.)
 */
export const Document = DocumentTag as unknown as typeof DocumentComponent;
export const Page = PageTag as unknown as typeof PageComponent;
export const View = ViewTag as unknown as typeof ViewComponent;
export const Text = TextTag as unknown as typeof TextComponent;

/** Same as react-pdf's StyleSheet.create (an identity function), fully typed. */
export const StyleSheet = {
  create<const T extends Record<string, Style>>(styles: T): T {
    return styles;
  },
};
