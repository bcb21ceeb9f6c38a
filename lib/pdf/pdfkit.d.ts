/**
 * pdfkit (0.20, the version @react-pdf/renderer 4.9 draws with) ships no types:
 * only what components/pdf/write-pdf.ts and lib/pdf/finish.ts use is declared.
 */
declare module 'pdfkit' {
  interface PdfKitRef {
    end(data?: Uint8Array | string): void;
  }

  interface PdfKitPage {
    readonly width: number;
    readonly height: number;
    readonly fonts: Record<string, unknown>;
    readonly content: PdfKitRef;
    readonly dictionary: { readonly data: Record<string, unknown> };
  }

  class PDFDocument {
    constructor(options: Record<string, unknown>);
    /** The catalog; react-pdf sets PageMode on it. */
    readonly _root: { readonly data: Record<string, unknown> };
    ref(data: Record<string, unknown>): PdfKitRef;
    bufferedPageRange(): { readonly start: number; readonly count: number };
    switchToPage(index: number): PdfKitPage;
    file(data: Uint8Array, options: Record<string, unknown>): unknown;
    end(): void;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
  }

  export default PDFDocument;
}
