import { beforeAll, describe, expect, it } from 'vitest';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { latestVersion } from '@/lib/agreement/versions';
import { PDF_ATTACHMENT_NAME } from '@/lib/pdf/attachment';
import { renderAgreementPdf } from '@/components/pdf/render';
import { buildAgreement, FONT_DIR } from './pdf-fixture';

// The footers and the data are added to react-pdf's own pdfkit document before it is written (lib/pdf/finish.ts).

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

function rawStream(object: unknown): PDFRawStream {
  if (!(object instanceof PDFRawStream)) throw new Error('expected a stream');
  return object;
}

describe('finishing the PDF inside the renderer', () => {
  const { template, agreement } = buildAgreement();
  let bytes: Uint8Array;
  let doc: PDFDocument;

  beforeAll(async () => {
    bytes = await renderAgreementPdf({ template, agreement, versionNumber: 1, fontBase: FONT_DIR });
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  }, 60_000);

  it('writes the file once: one cross-reference table, one end marker', () => {
    expect(latin1(bytes).match(/%%EOF/g)).toHaveLength(1);
    expect(latin1(bytes).match(/\nxref\n/g)).toHaveLength(1);
  });

  it('gives every page its footer as a last stream of its own, starting from the page state pdfkit set', () => {
    const pages = doc.getPages();
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      const contents = page.node.Contents();
      expect(contents).toBeInstanceOf(PDFArray);
      const streams = (contents as PDFArray).asArray().map((ref) => latin1(decodePDFRawStream(rawStream(doc.context.lookup(ref))).decode()));
      expect(streams).toHaveLength(2);
      const [body, footer] = streams as [string, string];
      // The footer undoes pdfkit's y flip; that is right only if the body leaves nothing else behind.
      expect(body.startsWith(`1 0 0 -1 0 ${page.getHeight().toFixed(6)} cm\n`)).toBe(true);
      expect(body.match(/^q$/gm)?.length).toBe(body.match(/^Q$/gm)?.length);
      expect(footer.split('\n')[0]).toBe('q');
      expect(footer.trimEnd().split('\n').at(-1)).toBe('Q');
      expect(footer).toContain(`(Page ${index + 1} of ${pages.length} \xB7 Version 1 \xB7 Fingerprint `);
      // Helvetica, named in the page's resources and never embedded.
      const font = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict).lookup(PDFName.of('Footer'), PDFDict);
      expect(font.get(PDFName.of('BaseFont'))).toEqual(PDFName.of('Helvetica'));
      expect(font.get(PDFName.of('FontFile2'))).toBeUndefined();
    });
  });

  it('embeds the data once, as JSON, dated when the version was made', () => {
    const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    expect(names.size()).toBe(2);
    expect(names.lookup(0, PDFString).decodeText()).toBe(PDF_ATTACHMENT_NAME);
    const file = rawStream(names.lookup(1, PDFDict).lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F')));
    expect(file.dict.get(PDFName.of('Subtype'))).toEqual(PDFName.of('application#2Fjson'));
    const params = file.dict.lookup(PDFName.of('Params'), PDFDict);
    const signedAt = new Date(latestVersion(agreement).createdAt);
    expect(params.lookup(PDFName.of('CreationDate'), PDFString).decodeDate()).toEqual(signedAt);
    expect(params.lookup(PDFName.of('ModDate'), PDFString).decodeDate()).toEqual(signedAt);
    const data = JSON.parse(new TextDecoder().decode(decodePDFRawStream(file).decode())) as { format: string; agreement: { id: string }; fingerprint: string };
    expect(data.format).toBe('our-terms-agreement');
    expect(data.agreement.id).toBe(agreement.id);
    expect(data.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});
