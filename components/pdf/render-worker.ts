import { Font } from '@react-pdf/renderer';
import { preloadPdfFonts, registerPdfFonts } from './fonts';
import { renderAgreementPdf } from './render';
import type { PdfWorkerReply, PdfWorkerRequest } from './use-agreement-pdf';

/**
 * The PDF worker: lays the agreement out with react-pdf and finishes it (footers,
 * embedded data) off the page's thread, then hands the bytes back (transferred, not
 * copied). It starts loading the fonts as soon as it starts, before the first job.
 */
const scope = globalThis as unknown as { postMessage(message: PdfWorkerReply, options: { transfer: Transferable[] }): void };
// A worker resolves URLs against its own script: the fonts live at the app's origin.
const fontBase = new URL('/fonts', location.origin).href;
registerPdfFonts(Font, fontBase);
const ready = preloadPdfFonts(Font);

addEventListener('message', (event) => {
  const { id, job } = (event as MessageEvent<PdfWorkerRequest>).data;
  void (async () => {
    try {
      await ready;
      const bytes = await renderAgreementPdf({ ...job, fontBase });
      scope.postMessage({ id, ok: true, bytes }, { transfer: [bytes.buffer] });
    } catch (error) {
      scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }, { transfer: [] });
    }
  })();
});
