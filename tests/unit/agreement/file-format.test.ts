import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_FILE_FORMAT,
  exportAgreementFile,
  looksLikePdf,
  MAX_AGREEMENT_FILE_BYTES,
  parseAgreementFile,
  type ParsedAgreementFile,
} from '../../../lib/agreement/file-format';
import { tightenAlone, withdraw } from '../../../lib/agreement/versions';
import type { Agreement } from '../../../lib/agreement/schema';
import { makeAgreement, NAMES } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const NOW = new Date('2025-05-01T08:00:00.000Z');

function richAgreement(): Agreement {
  const tightened = tightenAlone(template, makeAgreement(template, { photos: 'withFace' }), { by: 'b', questionId: 'photos', optionId: 'noPhotos', typedName: NAMES.b }, NOW);
  if (!tightened.ok) throw new Error(tightened.problem);
  const withdrawn = withdraw(tightened.agreement, 'a', NOW);
  if (!withdrawn.ok) throw new Error(withdrawn.problem);
  return withdrawn.agreement;
}

const fileWith = (change: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(exportAgreementFile(makeAgreement(), NOW)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
};

const problems = (result: ParsedAgreementFile) => (result.ok ? [] : result.problems);

describe('exportAgreementFile', () => {
  it('writes the documented envelope around the whole agreement', () => {
    const agreement = richAgreement();
    const file = JSON.parse(exportAgreementFile(agreement, NOW));
    expect(file).toEqual({ format: AGREEMENT_FILE_FORMAT, formatVersion: 1, exportedAt: NOW.toISOString(), agreement });
  });
});

describe('parseAgreementFile', () => {
  it('reads back what was exported, from text or bytes, with or without a BOM', () => {
    const agreement = richAgreement();
    const text = exportAgreementFile(agreement, NOW);
    const expected = { ok: true, agreement, exportedAt: NOW.toISOString() };
    expect(parseAgreementFile(text)).toEqual(expected);
    expect(parseAgreementFile(new TextEncoder().encode(text))).toEqual(expected);
    expect(parseAgreementFile(new TextEncoder().encode(text).buffer)).toEqual(expected);
    expect(parseAgreementFile(`\uFEFF${text}`)).toEqual(expected);
  });

  it('explains a truncated, empty or non-JSON file', () => {
    const text = exportAgreementFile(makeAgreement(), NOW);
    expect(problems(parseAgreementFile(text.slice(0, text.length / 2)))[0]).toMatch(/cut off or damaged/);
    expect(problems(parseAgreementFile(''))[0]).toMatch(/empty/);
    expect(problems(parseAgreementFile('hello'))[0]).toMatch(/cut off or damaged/);
    expect(problems(parseAgreementFile('[1,2,3]'))[0]).toMatch(/not an agreement file/);
    expect(problems(parseAgreementFile('null'))[0]).toMatch(/not an agreement file/);
  });

  it('tells other files, newer formats and PDFs apart', () => {
    expect(problems(parseAgreementFile(fileWith((file) => (file.format = 'something-else'))))[0]).toMatch(/not an agreement file from Our Terms/);
    expect(problems(parseAgreementFile(fileWith((file) => (file.formatVersion = 2))))[0]).toMatch(/newer version of the app/);
    expect(problems(parseAgreementFile(fileWith((file) => delete file.formatVersion)))[0]).toMatch(/format version/);
    expect(problems(parseAgreementFile(new TextEncoder().encode('%PDF-1.7\n...')))[0]).toMatch(/PDF/);
  });

  it('says "PDF" by one rule: "%PDF-" within the first 1024 bytes', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(looksLikePdf(encode('%PDF-1.7\n'))).toBe(true);
    expect(looksLikePdf(encode(`${' '.repeat(1019)}%PDF-`))).toBe(true);
    expect(looksLikePdf(encode(`${' '.repeat(1020)}%PDF-`))).toBe(false);
    expect(looksLikePdf(encode('%PDF'))).toBe(false);
    expect(looksLikePdf(encode('{"format":"our-terms-agreement"}'))).toBe(false);
    expect(looksLikePdf(new Uint8Array())).toBe(false);
    // A PDF with a few leading bytes is still a PDF, never JSON.
    expect(problems(parseAgreementFile(encode('\r\n%PDF-1.7\n...')))[0]).toMatch(/PDF/);
  });

  it('refuses files over 1 MB before reading them', () => {
    const big = `{"padding":"${'x'.repeat(MAX_AGREEMENT_FILE_BYTES)}"}`;
    expect(problems(parseAgreementFile(big))[0]).toMatch(/larger than 1 MB/);
    expect(problems(parseAgreementFile(new Uint8Array(MAX_AGREEMENT_FILE_BYTES + 1)))[0]).toMatch(/larger than 1 MB/);
    // Multi-byte characters count as the bytes they take.
    expect(problems(parseAgreementFile('é'.repeat(MAX_AGREEMENT_FILE_BYTES / 2 + 1)))[0]).toMatch(/larger than 1 MB/);
  });

  it('refuses keys that could change prototypes, and hostile nesting', () => {
    const proto = fileWith((file) => ((file.agreement as Record<string, unknown>).x = 1)).replace('"x":1', '"__proto__":{"polluted":true}');
    expect(problems(parseAgreementFile(proto))[0]).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const constructor = fileWith((file) => Object.defineProperty(file.agreement, 'constructor', { value: { prototype: {} }, enumerable: true }));
    expect(problems(parseAgreementFile(constructor))[0]).toMatch(/constructor/);
    const deep = `{"format":"${AGREEMENT_FILE_FORMAT}","formatVersion":1,"agreement":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(problems(parseAgreementFile(deep))[0]).toMatch(/nested/);
  });

  it('says in plain words which part is wrong', () => {
    const wrong = fileWith((file) => {
      const agreement = file.agreement as { versions: Array<Record<string, unknown>> };
      agreement.versions[0]!.createdAt = 'yesterday';
      agreement.versions[0]!.version = 'one';
      (agreement.versions[0]!.partners as { a: { name: string } }).a.name = 'x'.repeat(41);
    });
    const parsed = parseAgreementFile(wrong);
    // One plain sentence for the person; where exactly, for anyone who looks closer.
    expect(problems(parsed)).toEqual(['This is not a complete agreement from this app: some of it is missing or damaged. Nothing was changed.']);
    const found = parsed.ok ? [] : (parsed.details ?? []);
    expect(found).toContain('The part “agreement › versions › item 1 › version” is missing or is not a number.');
    expect(found).toContain('The part “agreement › versions › item 1 › createdAt” is not a valid date and time.');
    expect(found).toContain('The part “agreement › versions › item 1 › partners › a › name”: Please keep it under 40 characters.');
    expect(found.join(' ')).not.toMatch(/Invalid input|invalid_type|ZodError/);
  });

  it('checks the version history hangs together', () => {
    const agreement = richAgreement();
    const [first, second] = agreement.versions;
    const swapped = { ...agreement, versions: [second!, first!] };
    const details = (result: ParsedAgreementFile) => (result.ok ? [] : (result.details ?? []));
    expect(details(parseAgreementFile(exportAgreementFile(swapped, NOW))).join(' ')).toMatch(/out of order/);
    const orphan = { ...agreement, versions: [first!, { ...second!, parent: 7 }] };
    expect(details(parseAgreementFile(exportAgreementFile(orphan, NOW))).join(' ')).toMatch(/not in the file/);
    expect(problems(parseAgreementFile(exportAgreementFile(orphan, NOW)))).toEqual(['The versions in this file do not follow one another the way the app records them. Nothing was changed.']);
  });

  it('reads the export re-saved as UTF-16, with either byte order', () => {
    const text = exportAgreementFile(richAgreement(), NOW);
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      le.set([code & 0xff, code >> 8], 2 + index * 2);
      be.set([code >> 8, code & 0xff], 2 + index * 2);
    }
    expect(parseAgreementFile(le)).toMatchObject({ ok: true, agreement: richAgreement() });
    expect(parseAgreementFile(be)).toMatchObject({ ok: true, agreement: richAgreement() });
  });

  it('never throws, even on input of the wrong type or invalid UTF-8', () => {
    expect(problems(parseAgreementFile(new Uint8Array([0xff, 0xfe, 0xfd])))).toHaveLength(1);
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(() => parseAgreementFile(value as never)).not.toThrow();
      expect(parseAgreementFile(value as never).ok).toBe(false);
    }
  });
});
