import { describe, expect, it } from 'vitest';
import { exportAgreementFile } from '../../../lib/agreement/file-format';
import { FILE_TOO_LARGE, PDF_DATA_UNUSABLE, readAgreementBytes } from '../../../lib/agreement/read-file';
import { MAX_IMPORT_BYTES } from '../../../lib/agreement/file-format';
import { PDF_READ_REASONS } from '../../../lib/pdf/read';
import { cyclicNameTree, pdfWithData } from '../fixtures/hostile-files';
import { makeAgreement } from '../fixtures/agreement-fixture';

const bytes = (text: string) => new TextEncoder().encode(text);
/** Sentences before the closing "Nothing was changed.": a refusal says one thing once. */
const sentences = (message: string) => message.replace(/ Nothing was changed\.$/, '').split(/(?<=[.!?])\s+(?=\p{Lu})|:\s+(?=\p{Lu})/u).length;

describe('readAgreementBytes', () => {
  it('reads an exported agreement file', async () => {
    const agreement = makeAgreement();
    expect(await readAgreementBytes(bytes(exportAgreementFile(agreement)))).toEqual({ ok: true, agreement });
  });

  it('refuses a PDF whose embedded data fails the schema in one calm sentence', async () => {
    const envelope = JSON.parse(exportAgreementFile(makeAgreement())) as { agreement: { versions: { partners: unknown }[] } };
    envelope.agreement.versions[0]!.partners = 'nobody';
    const read = await readAgreementBytes(pdfWithData(JSON.stringify(envelope)));
    expect(read).toEqual({ ok: false, message: PDF_DATA_UNUSABLE });
    expect(sentences(PDF_DATA_UNUSABLE)).toBe(1);
    expect(PDF_DATA_UNUSABLE).toMatch(/ Nothing was changed\.$/);
  });

  it('says the same for embedded data cut short, without the file format’s own detail', async () => {
    const read = await readAgreementBytes(pdfWithData('{"format":"our-terms-agreement", "agree'));
    expect(read).toEqual({ ok: false, message: PDF_DATA_UNUSABLE });
  });

  it('passes every other PDF refusal on as the reader says it', async () => {
    expect(await readAgreementBytes(cyclicNameTree(12, 3))).toEqual({ ok: false, message: PDF_READ_REASONS.badAttachments });
    expect(await readAgreementBytes(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, message: FILE_TOO_LARGE });
  });
});
