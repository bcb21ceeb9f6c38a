import { describe, expect, it } from 'vitest';
import { textProblem } from '@/lib/agreement/names';
import { customTermSchema, nameSchema } from '@/lib/agreement/schema';

// One text rule for names and own terms (setup, own terms, signatures, every import).

const BIDI = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const CONTROLS = ['\u0000', '\u0007', '\t', '\r', '\u001B', '\u007F', '\u0085', '\u009F', '\u2028', '\u2029'];
const INVISIBLE = ['\u200B', '\u200B\u200C\u200D', '\u2060', '\uFEFF', '\u3164', '\u115F', '\u2800', ' \u00A0 ', '\u034F'];

describe('textProblem', () => {
  it.each(BIDI)('refuses the bidi control U+%s', (char) => {
    expect(textProblem(`Photos may ${char}ton be shown`)).toBe('bidi');
    expect(textProblem(`Photos may ${char}ton be shown`, { lineBreaks: true })).toBe('bidi');
  });

  it.each(CONTROLS)('refuses a control or separator character', (char) => {
    expect(textProblem(`Sam${char}Alex`)).toBe('control');
    expect(textProblem(`Sam${char}Alex`, { lineBreaks: true })).toBe('control');
  });

  it('allows a plain line break only where line breaks are allowed (own terms)', () => {
    expect(textProblem('First line\nsecond line')).toBe('control');
    expect(textProblem('First line\nsecond line', { lineBreaks: true })).toBeNull();
  });

  it.each(INVISIBLE)('refuses text with nothing visible', (text) => {
    expect(textProblem(text)).toBe('invisible');
  });

  it('accepts real names and terms in any script, with marks and emoji', () => {
    for (const text of ['Zoë', 'José', 'محمد', 'שרה', '李小龙', 'अनन्या', '👩‍❤️‍👨', 'Ana-María O’Neil', 'Photos stay between us.']) {
      expect(textProblem(text)).toBeNull();
    }
  });
});

describe('the schemas use it', () => {
  it('for names (setup and signatures) and for own terms', () => {
    expect(nameSchema.safeParse('Sam\u200E').success).toBe(false);
    expect(nameSchema.safeParse('Sam\u2028Alex').success).toBe(false);
    expect(nameSchema.safeParse('\u061CSam').success).toBe(false);
    expect(nameSchema.safeParse('Sam').success).toBe(true);
    const term = (text: string) => customTermSchema.safeParse({ id: 'c1', author: 'a', text }).success;
    expect(term('Photos may \u202Eton\u202C be shown to friends.')).toBe(false);
    expect(term('\u200B\u200B')).toBe(false);
    expect(term('We delete everything\nafter a month.')).toBe(true);
  });
});
