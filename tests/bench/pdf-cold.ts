/**
 * One cold PDF render, in a fresh process (spawned by pdf-bench.ts): the time
 * from calling renderAgreementPdf to having the bytes, including the dynamic
 * import of @react-pdf/renderer and our document parts, font loading and the
 * first layout. With `imports-only`, times just importing the renderer (for the
 * note beside the figure; the export no longer loads pdf-lib, only the import does).
 * With `baseline`, the same for a bare react-pdf document of the same page count
 * and font: what the renderer itself costs cold, before any of our code.
 * Prints one JSON line.
 */
import { buildAgreement, FONT_DIR } from '../integration/pdf-fixture';

async function main(): Promise<void> {
  if (process.argv[2] === 'imports-only') {
    const start = performance.now();
    await import('@react-pdf/renderer');
    console.log(JSON.stringify({ rendererImportMs: performance.now() - start }));
    return;
  }
  if (process.argv[2] === 'baseline') {
    const pages = Number(process.argv[3] ?? 8);
    const start = performance.now();
    const [renderer, { BaselineDocument }, fonts] = await Promise.all([
      import('@react-pdf/renderer'),
      import('./pdf-baseline'),
      import('../../components/pdf/fonts'),
    ]);
    fonts.registerPdfFonts(renderer.Font, FONT_DIR);
    const blob = await renderer.pdf(BaselineDocument({ pages, fontFamily: fonts.PDF_FONT_FAMILY })).toBlob();
    console.log(JSON.stringify({ coldMs: performance.now() - start, bytes: blob.size }));
    return;
  }
  const { template, agreement } = buildAgreement();
  const start = performance.now();
  const { renderAgreementPdf } = await import('../../components/pdf/render');
  const bytes = await renderAgreementPdf({ template, agreement, versionNumber: 1, fontBase: FONT_DIR });
  console.log(JSON.stringify({ coldMs: performance.now() - start, bytes: bytes.byteLength }));
}

void main();
