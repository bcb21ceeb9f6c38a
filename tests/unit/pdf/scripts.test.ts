import { describe, expect, it } from 'vitest';
import { fontChain, heldBackScripts, scriptFontFor, scriptsIn, stringsIn } from '@/lib/pdf/scripts';
import { textDirection } from '@/lib/pdf/direction';

describe('which script fonts a document needs', () => {
  it('none for Latin, Greek and Cyrillic, or for what no font draws', () => {
    expect(scriptsIn(['Zoë and José', 'Αλέξης', 'Дмитрий', 'Sam 😀', '→ □ ✓'])).toEqual([]);
  });

  it.each([
    ['प्रिया', ['devanagari']],
    ['প্রিয়া', ['bengali']],
    ['பிரியா', ['tamil']],
    ['น้ำ', ['thai']],
    ['נועה', ['hebrew']],
    ['王芳', ['cjk']],
    ['陳美玲', ['cjk']],
    ['佐藤さくら', ['cjk']],
    ['김지우', ['hangul']],
  ] as const)('%s → %j', (name, scripts) => {
    expect(scriptsIn([`Between ${name} and José`])).toEqual(scripts);
  });

  it('each script once, in chain order, whatever order the text has them in', () => {
    expect(scriptsIn(['김지우', '王芳', 'נועה', 'प्रिया', '王'])).toEqual(['devanagari', 'hebrew', 'cjk', 'hangul']);
  });

  it('nothing for Arabic, which is off', () => {
    expect(scriptsIn(['نور'])).toEqual([]);
    expect(scriptFontFor('ن'.codePointAt(0) ?? 0)).toBeNull();
    expect(heldBackScripts('نور প্রিয়া ปรียา 王芳').map((font) => font.script)).toEqual(['arabic']);
  });

  it('a character beyond the basic plane (an extension B ideograph) counts as one', () => {
    expect(scriptsIn([String.fromCodePoint(0x20087)])).toEqual(['cjk']);
    expect(scriptsIn([String.fromCodePoint(0x2000b)])).toEqual([]); // one Noto Sans SC lacks: it prints as "?"
  });

  it('the chain starts with the base family, then the document’s fonts', () => {
    expect(fontChain('Inter', [])).toEqual(['Inter']);
    expect(fontChain('Inter', ['hangul', 'hebrew'])).toEqual(['Inter', 'Noto Sans Hebrew', 'Noto Sans KR']);
  });

  it('finds every string in a model, skipping dates and numbers', () => {
    const model = { title: 'Our agreement', createdAt: new Date(0), versionNumber: 2, names: ['Zoë', '王芳'], parts: [{ text: 'נועה', nested: { deep: ['x'] } }] };
    expect([...stringsIn(model)]).toEqual(['Our agreement', 'Zoë', '王芳', 'נועה', 'x']);
  });
});

describe('which way typed text runs', () => {
  it.each([
    ['נועה', 'rtl'],
    ['אנחנו לא שולחים תמונות.', 'rtl'],
    ['“נועה” and Sam', 'rtl'], // the first strong letter decides, as dir="auto" does
    ['Sam and נועה', 'ltr'],
    ['123 נועה', 'rtl'],
    ['王芳', 'ltr'],
    ['???', 'ltr'],
    ['', 'ltr'],
  ] as const)('%s → %s', (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});
