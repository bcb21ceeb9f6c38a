import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pdfText, toPrintable, unprintableCharacters, UNPRINTABLE_MARK } from '@/lib/pdf/printable';

describe('what the PDF can print', () => {
  it.each([
    ['Zoë', 'Zoë', []],
    ['Zoe\u0308 (decomposed)', 'Zoë (decomposed)', []],
    ['José, Łukasz, Nguyễn', 'José, Łukasz, Nguyễn', []],
    ['Αλέξης and Дмитрий', 'Αλέξης and Дмитрий', []],
    ['美咲', '美咲', []],
    ['प्रिया, பிரியா, נועה, 김지우', 'प्रिया, பிரியா, נועה, 김지우', []],
    ['क्\u200Cष', 'क्\u200Cष', []], // ZWNJ stays where the script's font shapes with it
    ['প্রিয়া and ปรียา, น้ำ', 'প্রিয়া and ปรียา, น้ำ', []],
    ['Sam 美\u{E0100}', 'Sam 美', []],
    ['Sam 😀', 'Sam ?', ['😀']],
    ['Sam 👩‍❤️‍👨', 'Sam ?', ['👩‍❤️‍👨']],
    ['نور', '???', ['ن', 'و', 'ر']],
    ['Sam\u200B\u200DAlex', 'Sam\u200BAlex', []], // the font has a (blank) zero-width space; the joiner goes
    ['<b>Sam</b>', '<b>Sam</b>', []],
  ] as const)('%s', (input, printed, missing) => {
    expect(toPrintable(input)).toBe(printed);
    expect(unprintableCharacters(input)).toEqual(missing);
  });

  it('never throws, and marks exactly when something was unprintable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const printed = toPrintable(text);
        expect(unprintableCharacters(text).length === 0).toBe(!printed.includes(UNPRINTABLE_MARK) || text.normalize('NFC').includes(UNPRINTABLE_MARK));
        expect(toPrintable(printed)).toBe(printed);
      }),
    );
  });
});

describe('long text', () => {
  it('prints a long text exactly as its lines printed one by one, keeping line breaks', () => {
    const line = 'Zoë and José 👩‍❤️‍👨 agree, 王芳.\n';
    expect(toPrintable(line)).toBe('Zoë and José ? agree, 王芳.\n');
    expect(toPrintable(`${line.repeat(300)}\u0007end`)).toBe(`${toPrintable(line).repeat(300)}?end`);
  });

  it('keeps CR LF one grapheme, and pdfText turns it into a line break', () => {
    expect(toPrintable('a\r\nb')).toBe('a?b');
    expect(pdfText('a\r\nb\rc')).toBe('a\nb\nc');
  });
});
