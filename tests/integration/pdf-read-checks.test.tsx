import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import type { Agreement } from '@/lib/agreement/schema';
import { fingerprintVersion } from '@/lib/agreement/fingerprint';
import { agreementFile } from '@/lib/agreement/file-format';
import { PDF_ATTACHMENT_NAME, pdfKeywords } from '@/lib/pdf/attachment';
import { PDF_READ_REASONS, readAgreementFromPdf } from '@/lib/pdf/read';
import { renderAgreementPdf } from '@/components/pdf/render';
import { buildAgreement, FONT_DIR } from './pdf-fixture';

// What the PDF reader checks beyond the data itself: the fingerprint printed on every page,
// the end marker, and password protection (docs/file-format.md).

async function replaceData(pdf: Uint8Array, agreement: Agreement, keywordsToo: boolean): Promise<Uint8Array> {
  const fingerprint = await fingerprintVersion(agreement.versions.at(-1)!);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict);
  names.delete(PDFName.of('EmbeddedFiles'));
  doc.catalog.delete(PDFName.of('AF'));
  await doc.attach(new TextEncoder().encode(JSON.stringify({ ...agreementFile(agreement), fingerprint })), PDF_ATTACHMENT_NAME, { mimeType: 'application/json' });
  if (keywordsToo) doc.setKeywords([pdfKeywords(1, fingerprint)]);
  return doc.save();
}

describe('reading an agreement PDF: what must agree', () => {
  const { template, agreement } = buildAgreement();
  let bytes: Uint8Array;

  beforeAll(async () => {
    const fingerprint = await fingerprintVersion(agreement.versions[0]!);
    bytes = await renderAgreementPdf({ template, agreement, versionNumber: 1, fontBase: FONT_DIR, fingerprint });
  }, 60_000);

  it('reads a PDF exactly as the app made it', async () => {
    expect(await readAgreementFromPdf(bytes)).toMatchObject({ ok: true, agreement });
  });

  it('refuses looser data whose own fingerprint and Keywords were both recomputed: the pages print another', async () => {
    const looser = structuredClone(agreement);
    const term = looser.versions[0]!.terms.find((candidate) => candidate.questionId === 'contentKinds')!;
    term.optionId = 'textVoicePhotosVideo';
    expect(await readAgreementFromPdf(await replaceData(bytes, looser, true))).toEqual({ ok: false, reason: PDF_READ_REASONS.mismatch });
  });

  it('refuses a PDF whose pages no longer show the footer fingerprint', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    for (const page of doc.getPages()) {
      const contents = page.node.Contents();
      // Drop the footer: the last content stream of each page.
      if (contents && 'asArray' in contents) page.node.set(PDFName.of('Contents'), doc.context.obj(contents.asArray().slice(0, -1)));
    }
    expect(await readAgreementFromPdf(await doc.save())).toEqual({ ok: false, reason: PDF_READ_REASONS.noPrintedFingerprint });
  });

  it('reads a PDF with bytes after its end marker (a mail program may add some)', async () => {
    const padded = new Uint8Array([...bytes, ...new TextEncoder().encode('\n'.repeat(3000) + 'trailing')]);
    expect(await readAgreementFromPdf(padded)).toMatchObject({ ok: true });
  });

  it('says a password-protected PDF is protected, not damaged', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    doc.context.trailerInfo.Encrypt = doc.context.register(doc.context.obj({ Filter: 'Standard', V: 2, R: 3 }));
    expect(await readAgreementFromPdf(await doc.save())).toEqual({ ok: false, reason: PDF_READ_REASONS.encrypted });
  });

  it('ends every refusal with "Nothing was changed."', () => {
    for (const [key, reason] of Object.entries(PDF_READ_REASONS)) {
      expect(reason, key).toMatch(/Nothing was changed\.$/);
    }
  });
});
