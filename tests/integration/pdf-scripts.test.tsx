import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Agreement } from '@/lib/agreement/schema';
import { readAgreementFromPdf } from '@/lib/pdf/read';
import { renderAgreementPdf } from '@/components/pdf/render';
import { page } from '@/lib/pdf/page';
import { buildAgreement, FONT_DIR } from './pdf-fixture';

/**
 * A real agreement per script, rendered in full: the name must reach the text
 * layer, drawn with the script's font, and the embedded data must keep it as typed.
 *
 * The text layer holds glyphs in the order they are drawn, so a Devanagari
 * vowel sign written after its consonant but drawn before it (ि in प्रिया,
 * ি in প্রিয়া) comes out first: `visual` is that order. Right-to-left lines come out
 * reordered too, which is why the PDF import reads the embedded data, never this.
 */
const CASES: ReadonlyArray<{ script: string; name: string; font: string; visual?: string }> = [
  { script: 'devanagari', name: 'प्रिया', font: 'NotoSansDevanagari', visual: 'िप्रया' },
  { script: 'bengali', name: 'প্রিয়া', font: 'NotoSansBengali', visual: 'িপ্রয়া' },
  { script: 'tamil', name: 'பிரியா', font: 'NotoSansTamil' },
  { script: 'thai', name: 'สมศรี', font: 'NotoSansThai' },
  { script: 'hebrew', name: 'נועה', font: 'NotoSansHebrew' },
  { script: 'simplified chinese', name: '王芳', font: 'NotoSansSC' },
  { script: 'traditional chinese', name: '陳美玲', font: 'NotoSansSC' },
  { script: 'japanese', name: '佐藤さくら', font: 'NotoSansSC' },
  { script: 'korean', name: '김지우', font: 'NotoSansKR' },
];

const flat = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim();

async function render(agreement: Agreement, template = buildAgreement().template): Promise<Uint8Array> {
  return renderAgreementPdf({ template, agreement, versionNumber: 1, fontBase: FONT_DIR });
}

async function textOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return flat(text);
}

/** The PostScript names of the fonts embedded (pdfkit names each subset "ABCDEF+Name"). */
async function embeddedFonts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const names = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const name = object.get(PDFName.of('BaseFont'));
    if (name instanceof PDFName) names.add(name.decodeText().replace(/^[A-Z]{6}\+/, ''));
  }
  return [...names].filter((name) => name !== 'Helvetica').sort();
}

async function embeddedNames(bytes: Uint8Array): Promise<string[]> {
  const result = await readAgreementFromPdf(bytes);
  if (!result.ok) throw new Error(result.reason);
  const version = result.agreement.versions[0];
  return [version?.partners.a.name ?? '', version?.partners.b.name ?? ''];
}

describe('a name in another script, in the PDF', () => {
  it.each(CASES)('$script: $name', async ({ name, font, visual }) => {
    const { template, agreement } = buildAgreement({ names: { a: name, b: 'José' } });
    const bytes = await render(agreement, template);
    const text = await textOf(bytes);
    expect(text).toContain(`Between ${visual ?? name} and José`);
    expect(text).not.toContain('Between ?');
    expect((await embeddedFonts(bytes)).some((embedded) => embedded.startsWith(font))).toBe(true);
    expect(await embeddedNames(bytes)).toEqual([name, 'José']);
  }, 60_000);

  it('a Latin-only agreement embeds Inter alone', async () => {
    const { template, agreement } = buildAgreement();
    expect(await embeddedFonts(await render(agreement, template))).toEqual(['Inter-Regular', 'Inter-SemiBold']);
  }, 60_000);

  it('an Arabic name prints as "?" (react-pdf would misplace its dots), and the data keeps it', async () => {
    const { template, agreement } = buildAgreement({ names: { a: 'نور', b: 'José' } });
    const bytes = await render(agreement, template);
    expect(await textOf(bytes)).toContain('Between ??? and José');
    expect(await embeddedFonts(bytes)).toEqual(['Inter-Regular', 'Inter-SemiBold']);
    expect(await embeddedNames(bytes)).toEqual(['نور', 'José']);
  }, 60_000);
});

describe('Hebrew runs right to left', () => {
  const term = 'אנחנו לא שולחים תמונות אחרי חצות.';
  let bytes: Uint8Array;
  let items: Array<{ str: string; x: number; right: number; y: number }>;

  beforeAll(async () => {
    const { template, agreement } = buildAgreement({ names: { a: 'נועה', b: 'יונתן כהן' } });
    const version = agreement.versions[0];
    if (!version) throw new Error('no version');
    const custom = version.custom.map((entry, index) => (index === 0 ? { ...entry, text: term } : entry));
    bytes = await render({ ...agreement, versions: [{ ...version, custom }] }, template);
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    items = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const content = await (await pdf.getPage(number)).getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const x = item.transform[4] as number;
        items.push({ str: item.str, x, right: x + item.width, y: (number - 1) * 1000 + (item.transform[5] as number) });
      }
    }
  }, 60_000);

  const hebrew = /\p{Script=Hebrew}/u;

  it('keeps the text as typed in the embedded data', async () => {
    expect(await embeddedNames(bytes)).toEqual(['נועה', 'יונתן כהן']);
    const result = await readAgreementFromPdf(bytes);
    expect(result.ok && result.agreement.versions[0]?.custom[0]?.text).toBe(term);
  });

  it('an own term in Hebrew ends at the right margin, its full stop at the left end', () => {
    const word = items.find((item) => hebrew.test(item.str) && /חצות|תוצח/u.test(item.str));
    const line = items.filter((item) => word && Math.abs(item.y - word.y) < 1);
    expect(line.length).toBeGreaterThan(0);
    const right = Math.max(...line.map((item) => item.right));
    const left = Math.min(...line.map((item) => item.x));
    expect(right).toBeGreaterThan(595 - page.marginX - 2);
    expect(right).toBeLessThanOrEqual(595 - page.marginX + 0.5);
    // The first word, אנחנו, is drawn rightmost; the full stop is drawn leftmost.
    const first = line.find((item) => item.str.includes('ונחנא') || item.str.includes('אנחנו'));
    expect(first && first.right).toBeCloseTo(right, 0);
    expect(line.some((item) => item.x === left && item.str.startsWith('.'))).toBe(true);
  });

  it('a typed signature in Hebrew is right-aligned in its column, an English line stays left', () => {
    const signature = items.filter((item) => item.str.includes('העונ') || item.str === 'נועה');
    const english = items.find((item) => item.str.startsWith('What we both confirm'));
    expect(signature.length).toBeGreaterThan(0);
    expect(english?.x).toBeCloseTo(page.marginX, 0);
    // The first of two columns: it ends well short of the page's right margin, and far from the left one.
    const last = signature.at(-1);
    expect(last && last.x).toBeGreaterThan(page.marginX + 100);
  });
});
