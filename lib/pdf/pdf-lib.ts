/** pdf-lib, loaded on demand: a page that merely imports a PDF module pays nothing for it. */
export async function loadPdfLib() {
  return import('pdf-lib');
}

export type PdfLib = Awaited<ReturnType<typeof loadPdfLib>>;
