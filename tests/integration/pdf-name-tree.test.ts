import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import { PDF_ATTACHMENT_NAME } from '@/lib/pdf/attachment';
import { PDF_READ_REASONS, readAgreementFromPdf } from '@/lib/pdf/read';

/** A small PDF with one attachment, whose name tree `reshape` then rebuilds the way a hostile file would. */
async function pdfWithNameTree(reshape: (doc: PDFDocument, root: PDFDict, rootRef: PDFRef) => void): Promise<Uint8Array> {
  const made = await PDFDocument.create();
  made.addPage();
  await made.attach(new TextEncoder().encode('{}'), PDF_ATTACHMENT_NAME, { mimeType: 'application/json' });
  const doc = await PDFDocument.load(await made.save());
  const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict);
  const root = names.lookup(PDFName.of('EmbeddedFiles'), PDFDict);
  const rootRef = doc.context.register(root);
  names.set(PDFName.of('EmbeddedFiles'), rootRef);
  reshape(doc, root, rootRef);
  return doc.save();
}

describe('reading a hostile attachment name tree', () => {
  it('refuses a tree whose /Kids point back at itself, at once', async () => {
    const bytes = await pdfWithNameTree((doc, root, rootRef) => {
      root.set(PDFName.of('Kids'), doc.context.obj(Array.from({ length: 40 }, () => rootRef)));
    });
    const started = performance.now();
    expect(await readAgreementFromPdf(bytes)).toEqual({ ok: false, reason: PDF_READ_REASONS.badAttachments });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a tree with far more nodes than any agreement PDF has', async () => {
    const bytes = await pdfWithNameTree((doc, root) => {
      const kids = Array.from({ length: 5_000 }, () => doc.context.register(doc.context.obj({})));
      root.set(PDFName.of('Kids'), doc.context.obj(kids));
    });
    expect(await readAgreementFromPdf(bytes)).toEqual({ ok: false, reason: PDF_READ_REASONS.badAttachments });
  });
});
