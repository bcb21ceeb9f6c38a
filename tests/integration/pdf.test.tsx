import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Agreement } from '@/lib/agreement/schema';
import { renderSections } from '@/lib/agreement/clauses';
import { setAsideFor, shownSections } from '@/lib/agreement/content';
import { fingerprintVersion, shortFingerprint } from '@/lib/agreement/fingerprint';
import { looksLikePdf, MAX_IMPORT_BYTES, parseAgreementFile } from '@/lib/agreement/file-format';
import { tightenAlone } from '@/lib/agreement/versions';
import { PDF_ATTACHMENT_NAME } from '@/lib/pdf/attachment';
import { PDF_READ_REASONS, readAgreementFromPdf } from '@/lib/pdf/read';
import { FOOTER_DISCLAIMER, footerLine, winAnsiLiteral } from '@/lib/pdf/footer';
import { page } from '@/lib/pdf/page';
import { pdfText } from '@/lib/pdf/printable';
import { changesForVersion } from '@/lib/pdf/model';
import { renderAgreementPdf, type RenderAgreementPdfInput } from '@/components/pdf/render';
import { buildAgreement, buildDraft, buildLargeAgreement, FONT_DIR } from './pdf-fixture';
import { versionFromDraft } from '../unit/fixtures/agreement-fixture';

/** Whitespace-insensitive: extracted text breaks lines wherever the layout wrapped them. */
const flat = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();

async function textOf(bytes: Uint8Array): Promise<{ pages: number; text: string; pageTexts: string[] }> {
  // pdf.js may take ownership of the buffer it is given, so hand it a copy.
  const { totalPages, text } = await extractText(new Uint8Array(bytes), { mergePages: false });
  const pageTexts = text.map(flat);
  return { pages: totalPages, text: pageTexts.join(' '), pageTexts };
}

function input(agreement: Agreement, template = buildAgreement().template): RenderAgreementPdfInput {
  return { template, agreement, versionNumber: 1, fontBase: FONT_DIR };
}

/** Replaces the embedded agreement data with other bytes, the way someone editing the file would. */
async function withAttachment(pdf: Uint8Array, data: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const names = doc.catalog.lookup(PDFName.of('Names'), PDFDict);
  names.delete(PDFName.of('EmbeddedFiles'));
  doc.catalog.delete(PDFName.of('AF'));
  await doc.attach(new TextEncoder().encode(data), PDF_ATTACHMENT_NAME, { mimeType: 'application/json' });
  return doc.save();
}

async function embeddedJson(pdf: Uint8Array): Promise<Record<string, unknown>> {
  const result = await readAgreementFromPdf(pdf);
  if (!result.ok) throw new Error(result.reason);
  // Rebuild the envelope the way the app writes it, from what was read back.
  return { format: 'our-terms-agreement', formatVersion: 1, exportedAt: '2026-11-24T15:00:00.000Z', agreement: result.agreement, fingerprint: result.fingerprint };
}

describe('the agreement PDF', () => {
  const { template, agreement } = buildAgreement();
  const version = agreement.versions[0]!;
  let bytes: Uint8Array;
  let fingerprint: string;
  let pages: number;
  let text: string;
  let pageTexts: string[];

  beforeAll(async () => {
    fingerprint = await fingerprintVersion(version);
    bytes = await renderAgreementPdf({ ...input(agreement, template), fingerprint });
    ({ pages, text, pageTexts } = await textOf(bytes));
  }, 60_000);

  it('has a sane number of pages and stays small with a subset font', async () => {
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(20);
    expect(bytes.byteLength).toBeLessThan(150 * 1024);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(pages);
    const fontNames = doc.context
      .enumerateIndirectObjects()
      .flatMap(([, object]) => (object instanceof PDFDict && object.get(PDFName.of('FontFile2')) ? [String(object.get(PDFName.of('FontName')))] : []));
    // Embedded, and subset (a six-letter tag before the name).
    expect(fontNames.length).toBeGreaterThanOrEqual(2);
    for (const name of fontNames) expect(name).toMatch(/^\/[A-Z]{6}\+Inter/);
  });

  it('prints exactly the known text, page by page (known answer)', () => {
    expect(createHash('sha256').update(JSON.stringify(pageTexts)).digest('hex')).toBe('5d00d5ac5a092f488e62f82276ba73348a4838e7622f6746417556ba5e6e52b8');
  });

  it('contains every agreed clause it shows, in full, and says why the rest is left out', () => {
    const all = renderSections(template, version);
    expect(all.flatMap((section) => section.clauses).length).toBe(version.terms.length);
    // The fixture settles on "nothing intimate for now", so the template sets some sections aside.
    const setAside = setAsideFor(template, version.terms);
    expect(setAside.notes.length).toBeGreaterThan(0);
    for (const note of setAside.notes) expect(text).toContain(flat(pdfText(note)));
    const shown = shownSections(all, setAside).flatMap((section) => section.clauses);
    const hidden = all.filter((section) => setAside.sectionIds.has(section.id)).flatMap((section) => section.clauses);
    expect(hidden.length).toBeGreaterThan(0);
    for (const clause of shown) expect(text).toContain(flat(pdfText(clause.text)));
    for (const clause of hidden) expect(text).not.toContain(flat(pdfText(clause.text)));
    for (const term of version.custom) expect(text).toContain(flat(term.text));
  });

  it('says how each differing answer it shows was settled', () => {
    const shown = shownSections(renderSections(template, version), setAsideFor(template, version.terms));
    const notes = shown.flatMap((section) => section.clauses.flatMap((clause) => (clause.settledNote ? [clause.settledNote] : [])));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(text).toContain(flat(note));
  });

  it('shows both names with their accents, the version and the short fingerprint', () => {
    expect(text).toContain('Between Zoë and José');
    expect(text).toContain('Zoë');
    expect(text).toContain('José');
    expect(text).toContain(shortFingerprint(fingerprint));
    expect(text).toContain('Version 1');
  });

  it('has the footer on every page, numbered', () => {
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((pageText, index) => {
      expect(pageText).toContain(`Page ${index + 1} of ${pages} · Version 1 · Fingerprint ${shortFingerprint(fingerprint)}`);
      expect(pageText.split(FOOTER_DISCLAIMER).length - 1).toBe(1);
      // Only its own number: no other page's footer landed here.
      expect(pageText.match(/Page \d+ of \d+/g)).toEqual([`Page ${index + 1} of ${pages}`]);
    });
    expect(text.split(FOOTER_DISCLAIMER).length - 1).toBe(pages);
  });

  it('keeps every footer in the bottom margin, clear of the page content', async () => {
    const pdfDoc = await getDocumentProxy(new Uint8Array(bytes));
    for (let number = 1; number <= pdfDoc.numPages; number += 1) {
      const pdfPage = await pdfDoc.getPage(number);
      const items = (await pdfPage.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() ? [item] : []));
      // Baselines in points from the bottom edge.
      const footer = items.filter((item) => item.transform[5] < page.marginBottom);
      const body = items.filter((item) => item.transform[5] >= page.marginBottom);
      expect(flat(footer.map((item) => item.str).join(' '))).toBe(
        `Page ${number} of ${pages} · Version 1 · Fingerprint ${shortFingerprint(fingerprint)} ${FOOTER_DISCLAIMER}`,
      );
      for (const item of footer) {
        expect(item.transform[5]).toBeGreaterThanOrEqual(page.footerBottom);
        expect(item.transform[5]).toBeLessThan(page.marginBottom - 30);
      }
      expect(body.length).toBeGreaterThan(0);
    }
  });

  it('includes the checklists, help resources, acknowledgements and both signatures', () => {
    for (const section of template.sections) {
      for (const item of section.checklist?.items ?? []) expect(text).toContain(flat(pdfText(item)));
    }
    for (const group of template.resourceGroups) {
      expect(text).toContain(group.title);
      for (const resource of group.resources) expect(text).toContain(resource.name);
    }
    for (const ack of template.acknowledgements) expect(text).toContain(flat(ack.text));
    expect(text).toContain('Signed 24 November 2026 at 13:58 UTC');
    expect(text).toContain('Signed 24 November 2026 at 14:05 UTC');
  });

  it('is a PDF to every reader even with a few bytes before its header, and imports', async () => {
    const led = new Uint8Array(bytes.length + 7);
    led.set(new TextEncoder().encode('junk\r\n\n'), 0);
    led.set(bytes, 7);
    expect(looksLikePdf(led)).toBe(true);
    const asJson = parseAgreementFile(led);
    expect(!asJson.ok && asJson.problems[0]).toMatch(/PDF/);
    const result = await readAgreementFromPdf(led);
    expect(result.ok && result.fingerprint).toBe(fingerprint);
  });

  it('keeps its metadata neutral: no names, nothing explicit', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Our agreement');
    const metadata = [doc.getTitle(), doc.getSubject(), doc.getKeywords(), doc.getAuthor(), doc.getCreator(), doc.getProducer()].join(' ');
    expect(metadata).not.toMatch(/Zoë|José|intimate|sex|nude|photo/i);
    expect(doc.getKeywords()).toContain(fingerprint);
  });

  it('round-trips: the PDF imports as the same agreement, with the same fingerprint', async () => {
    const result = await readAgreementFromPdf(bytes);
    expect(result).toMatchObject({ ok: true, fingerprint });
    if (!result.ok) return;
    expect(result.agreement).toEqual(agreement);
    expect(await fingerprintVersion(result.agreement.versions.at(-1)!)).toBe(fingerprint);
  });

  it('refuses a PDF that is not ours, with a message', async () => {
    const other = await PDFDocument.create();
    other.addPage();
    const result = await readAgreementFromPdf(await other.save());
    expect(result).toEqual({ ok: false, reason: PDF_READ_REASONS.noData });
  });

  it('refuses a file that is not a PDF, an empty file and one over 10 MB', async () => {
    expect(await readAgreementFromPdf(new TextEncoder().encode('{"format":"our-terms-agreement"}'))).toEqual({ ok: false, reason: PDF_READ_REASONS.notPdf });
    expect(await readAgreementFromPdf(new Uint8Array())).toEqual({ ok: false, reason: PDF_READ_REASONS.empty });
    const huge = new Uint8Array(10 * 1024 * 1024 + 1);
    huge.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(await readAgreementFromPdf(huge)).toEqual({ ok: false, reason: PDF_READ_REASONS.tooLarge });
    // Never throws, whatever it is given.
    expect(await readAgreementFromPdf('not bytes' as unknown as Uint8Array)).toMatchObject({ ok: false });
  });

  it('refuses a truncated PDF, with a message', async () => {
    for (const length of [20, Math.floor(bytes.length / 2), bytes.length - 40]) {
      const result = await readAgreementFromPdf(bytes.slice(0, length));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(20);
    }
    expect(await readAgreementFromPdf(bytes.slice(0, bytes.length / 2))).toEqual({ ok: false, reason: PDF_READ_REASONS.truncated });
  });

  it('refuses a PDF whose embedded data was altered', async () => {
    const envelope = await embeddedJson(bytes);
    const edited = structuredClone(envelope) as { agreement: Agreement; fingerprint: string };
    const term = edited.agreement.versions[0]!.terms.find((candidate) => candidate.questionId === 'contentKinds')!;
    term.optionId = 'textVoicePhotosVideo';

    // Edited terms, old fingerprint.
    const altered = await readAgreementFromPdf(await withAttachment(bytes, JSON.stringify(edited)));
    expect(altered).toEqual({ ok: false, reason: PDF_READ_REASONS.mismatch });

    // Edited terms and a recomputed fingerprint in the data: the PDF's own metadata still disagrees.
    edited.fingerprint = await fingerprintVersion(edited.agreement.versions[0]!);
    const recomputed = await readAgreementFromPdf(await withAttachment(bytes, JSON.stringify(edited)));
    expect(recomputed).toEqual({ ok: false, reason: PDF_READ_REASONS.mismatch });

    // Damaged data, and data that no longer fits the agreement schema.
    const damaged = await readAgreementFromPdf(await withAttachment(bytes, '{"format":"our-terms-agreement", "agree'));
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.reason).toContain(PDF_READ_REASONS.invalid);
    const invalid = structuredClone(envelope) as { agreement: { versions: { partners: unknown }[] } };
    invalid.agreement.versions[0]!.partners = 'nobody';
    const schemaFail = await readAgreementFromPdf(await withAttachment(bytes, JSON.stringify(invalid)));
    expect(schemaFail.ok).toBe(false);
    if (!schemaFail.ok) expect(schemaFail.reason).toContain(PDF_READ_REASONS.invalid);

    // Data far over the file format's size limit (highly compressible, so the PDF itself stays small).
    const bomb = await withAttachment(bytes, JSON.stringify({ ...envelope, padding: ' '.repeat(20 * 1024 * 1024) }));
    expect(bomb.byteLength).toBeLessThan(MAX_IMPORT_BYTES);
    const bombResult = await readAgreementFromPdf(bomb);
    expect(bombResult.ok).toBe(false);
    if (!bombResult.ok) expect(bombResult.reason).toBe(PDF_READ_REASONS.dataTooLarge);

    // The same data twice: which one would be real?
    const twice = await PDFDocument.load(bytes);
    await twice.attach(new TextEncoder().encode(JSON.stringify(envelope)), PDF_ATTACHMENT_NAME, { mimeType: 'application/json' });
    expect(await readAgreementFromPdf(await twice.save())).toEqual({ ok: false, reason: PDF_READ_REASONS.manyData });
  });

  it('refuses a PDF whose stated fingerprint was changed', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    doc.setKeywords([`version 1, fingerprint ${'0'.repeat(64)}`]);
    expect(await readAgreementFromPdf(await doc.save())).toEqual({ ok: false, reason: PDF_READ_REASONS.mismatch });
    doc.setKeywords([]);
    expect(await readAgreementFromPdf(await doc.save())).toEqual({ ok: false, reason: PDF_READ_REASONS.noStatedFingerprint });
  });
});

describe('the stamped footer', () => {
  it('writes only what Helvetica can print (WinAnsi), escaped, and refuses anything else', () => {
    expect(winAnsiLiteral(footerLine(2, 9, { versionNumber: 3, shortFingerprint: 'a1b2 c3d4 e5f6 a7b8' }))).toBe(
      'Page 2 of 9 · Version 3 · Fingerprint a1b2 c3d4 e5f6 a7b8',
    );
    expect(winAnsiLiteral(FOOTER_DISCLAIMER)).toBe(FOOTER_DISCLAIMER);
    expect(winAnsiLiteral('(a\\b)')).toBe('\\(a\\\\b\\)');
    expect(() => winAnsiLiteral('Łukasz')).toThrow(/cannot print/);
  });
});

describe('names and custom terms are text, never markup', () => {
  it('prints "<b>Sam</b>" literally', async () => {
    const { template, agreement } = buildAgreement({ names: { a: '<b>Sam</b>', b: 'Łukasz' } });
    const bytes = await renderAgreementPdf(input(agreement, template));
    const { text } = await textOf(bytes);
    expect(text).toContain('Between <b>Sam</b> and Łukasz');
    expect(text).toContain('Confirmed by <b>Sam</b> and Łukasz');
    const result = await readAgreementFromPdf(bytes);
    expect(result.ok && result.agreement.versions[0]!.partners.a.name).toBe('<b>Sam</b>');
  }, 60_000);

  it('composes a decomposed accent for display, and keeps the data as typed', async () => {
    const decomposed = 'Zoe\u0308';
    const { template, agreement } = buildAgreement({ names: { a: decomposed, b: 'José' } });
    const bytes = await renderAgreementPdf(input(agreement, template));
    expect((await textOf(bytes)).text).toContain('Between Zoë and José');
    const result = await readAgreementFromPdf(bytes);
    expect(result.ok && result.agreement.versions[0]!.partners.a.name).toBe(decomposed);
  }, 60_000);

  it('prints "?" for letters the font lacks (never the wrong letters), and keeps the data exact', async () => {
    const names = { a: 'Sam 😀', b: 'نور' }; // no font of ours draws 😀; Arabic is off (lib/pdf/script-fonts.ts)
    const { template, agreement } = buildAgreement({ names });
    const bytes = await renderAgreementPdf(input(agreement, template));
    const { text } = await textOf(bytes);
    expect(text).toContain('Between Sam ? and ???');
    const result = await readAgreementFromPdf(bytes);
    expect(result.ok && result.agreement.versions[0]!.partners).toEqual({ a: { name: names.a }, b: { name: names.b } });
  }, 60_000);
});

describe('a large agreement (every section, every app, 30 own terms)', () => {
  it('renders every own term and stays within a sane page count', async () => {
    const { template, agreement } = buildLargeAgreement();
    const bytes = await renderAgreementPdf(input(agreement, template));
    const { pages, text } = await textOf(bytes);
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(24);
    for (const term of agreement.versions[0]!.custom) expect(text).toContain(flat(term.text));
    for (const app of ['WhatsApp', 'Signal', 'iMessage', 'Telegram']) expect(text).toContain(app);
    expect((await readAgreementFromPdf(bytes)).ok).toBe(true);
  }, 60_000);
});

describe('from version 2 on', () => {
  it('prints no first private answer, in the pages or the embedded data, when the couple left them out', async () => {
    const template = buildAgreement().template;
    const draft = { ...buildDraft(template), privateAnswers: { a: 'kept', b: 'leftOut' } } as const;
    const version = versionFromDraft(template, draft, 1, null, new Date('2026-11-24T14:06:00.000Z'));
    const agreement: Agreement = { id: 'fixture-agreement-1', versions: [version] };
    const bytes = await renderAgreementPdf(input(agreement, template));
    const { text } = await textOf(bytes);
    expect(text).toContain('How we settled it: We answered differently, and we took the more protective answer.');
    expect(text).not.toMatch(/We answered differently \(/);
    const read = await readAgreementFromPdf(bytes);
    if (!read.ok) throw new Error(read.reason);
    expect(read.agreement.versions[0]?.privateAnswers).toBe('leftOut');
    expect(read.agreement.versions[0]?.terms.some((term) => term.answers)).toBe(false);
    expect(read.fingerprint).toBe(await fingerprintVersion(version));
  }, 60_000);

  it('shows the changes since the version before, and the PDF carries the history up to the rendered version', async () => {
    const { template, agreement } = buildAgreement();
    const first = agreement.versions[0]!;
    // The first term that can still be made more protective.
    const choices = template.sections.flatMap((section) => section.questions).flatMap((question) => (question.kind === 'choice' ? [question] : []));
    const question = choices.find((candidate) => first.terms.some((term) => term.questionId === candidate.id && term.optionId !== candidate.defaultOption))!;
    const tightened = tightenAlone(template, agreement, { by: 'b', questionId: question.id, optionId: question.defaultOption, typedName: 'José' }, new Date('2026-12-01T10:00:00.000Z'));
    if (!tightened.ok) throw new Error(tightened.problem);
    const withTwo: Agreement = tightened.agreement;
    // Computed inside the model from the two versions; the caller passes nothing but the version number.
    expect(changesForVersion(template, withTwo, 2)?.lines).toHaveLength(1);
    const bytes = await renderAgreementPdf({ ...input(withTwo, template), versionNumber: 2 });
    const { text } = await textOf(bytes);
    expect(text).toContain('Changes since version 1');
    expect(text).toContain(flat(changesForVersion(template, withTwo, 2)!.lines[0]!));
    expect(text).toContain('Version 2');
    // A tightening is not presented as signed by both: who made it stricter alone, and that the other has not seen it.
    expect(text).toContain('MADE STRICTER 1 December 2026');
    expect(text).not.toContain('SIGNED 1 December 2026');
    expect(text).toContain('José made this version stricter alone, on 1 December 2026.');
    expect(text).toContain('Zoë has not seen it yet.');
    expect(text).toContain('What we both confirmed when we signed version 1 together');
    expect(text).not.toContain('TYPED SIGNATURE');
    expect(text).toContain('MADE IT STRICTER, ALONE José');
    expect(text).toContain('HAS NOT SEEN IT YET Zoë Has not seen or signed this version');
    expect(text).toContain('Who changed it: José made this stricter alone in version 2, on 1 December 2026. Zoë has not seen it yet.');
    const result = await readAgreementFromPdf(bytes);
    expect(result.ok && result.agreement.versions.map((version) => version.version)).toEqual([1, 2]);

    // Rendering version 1 of that agreement embeds only version 1.
    const older = await readAgreementFromPdf(await renderAgreementPdf(input(withTwo, template)));
    expect(older.ok && older.agreement.versions.map((version) => version.version)).toEqual([1]);
  }, 60_000);
});
