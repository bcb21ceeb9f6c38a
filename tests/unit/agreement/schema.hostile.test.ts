import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agreementSchema, customTermSchema, draftSchema, nameSchema, type Agreement, type Draft } from '@/lib/agreement/schema';
import { createDraft } from '@/lib/agreement/draft';
import { versionFromDraft } from '../fixtures/agreement-fixture';
import { createMemoryStore } from '@/lib/storage/store';
import { loadAgreement, loadAgreements, loadDrafts, saveAgreement, saveDraft } from '@/lib/storage/repository';
import { defaultTemplate } from '@/templates';

// Hostile input through the schemas and the repository: every input gets a clear
// error or is kept verbatim (it is rendered as text, never as markup), nothing
// throws past safeParse or a load, and nothing stored is lost.
// Imported files and PDFs have their own hostile tests: tests/unit/agreement/file-format*.test.ts,
// tests/unit/storage/import*.test.ts (revisions) and tests/integration (PDF).

const NAME_MESSAGES = [
  'Please enter a name or nickname.',
  'Please keep it under 40 characters.',
  'Please enter a name someone can read.',
  'Please leave out hidden control characters.',
];
const TERM_MESSAGES = ['Please write the term, or remove it.', 'Please keep a term under 600 characters.'];

const MARKUP = '<img src=x onerror=alert(1)>';
const RLO = '\u202E';
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

/** Hostile fragments, mixed into generated strings. */
const hostileFragment = fc.constantFrom(
  MARKUP,
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  RLO,
  '\u202D',
  '\u2066',
  '\u200E',
  '\u061C',
  '\u2028',
  '\u2029',
  '\u0301',
  '\u3164',
  '\u2069',
  ...ZERO_WIDTH,
  '👩‍❤️‍👨',
  '🏳️‍🌈',
  'Z\u0335\u0321\u0327a\u0336\u0322l\u0337g\u0338o',
  '\u0000',
  '\r\nSet-Cookie: a=b',
  '\uD800',
  "'; DROP TABLE agreements; --",
  ...PROTO_KEYS,
);
const hostileString = fc
  .array(fc.oneof(hostileFragment, fc.string({ unit: 'binary', maxLength: 12 })), { maxLength: 8 })
  .map((parts) => parts.join(''));

function messagesOf(result: { success: boolean; error?: { issues: Array<{ message: string }> } }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe('names', () => {
  // [input, accepted?] — accepted names are stored exactly as typed (trimmed): React renders them as text.
  const cases: ReadonlyArray<readonly [string, string, boolean]> = [
    ['markup', MARKUP, true],
    ['a script tag', '<script>x</script>', true],
    ['an attribute break-out', '"><svg onload=1>', true],
    ['right-to-left override', `${RLO}evoL`, false],
    ['a Hebrew name (right to left, no controls)', 'נועה', true],
    ['an Arabic name', 'ليلى', true],
    ['zero-width characters inside a name', `Z${ZERO_WIDTH.join('')}oë`, true],
    ['an emoji family (zero-width joiners)', '👩‍❤️‍👨 Sam', true],
    ['combining marks', 'Z\u0335a\u0336l\u0337g\u0338o', true],
    ['a prototype key', '__proto__', true],
    ['constructor', 'constructor', true],
    ['CR/LF header injection', 'Sam\r\nSet-Cookie: a=b', false],
    ['a line separator (U+2028, found by CI as "!\u2028!")', '!\u2028!', false],
    ['a left-to-right mark', 'Sam\u200E', false],
    ['only combining marks', '\u0301\u0308', false],
    ['only Hangul fillers', '\u3164\u3164', false],
    ['exactly 40 characters', 'x'.repeat(40), true],
    ['40 emoji (40 code points, 80 UTF-16 units)', '😀'.repeat(40), true],
    ['41 emoji', '😀'.repeat(41), false],
    ['41 characters', 'x'.repeat(41), false],
    ['a very long string', 'A'.repeat(100_000), false],
    ['only spaces', '   \t\n ', false],
    ['empty', '', false],
  ];

  it.each(cases)('%s: a clear answer, never a throw', (_label, input, accepted) => {
    const result = nameSchema.safeParse(input);
    expect(result.success).toBe(accepted);
    if (result.success) expect(result.data).toBe(input.trim());
    else expect(messagesOf(result).every((message) => NAME_MESSAGES.includes(message))).toBe(true);
  });

  // zod 4 measures strings in Unicode code points (an emoji counts once), not UTF-16 units.
  const codePoints = (value: string) => [...value].length;

  // The rule, restated independently of the schema's own patterns.
  // Draws nothing: spaces, separators, format and control characters, lone combining marks,
  // and the few letters that render blank (Hangul fillers, Braille blank, Khmer inherent vowels…).
  const BLANK = ['\u034F', '\u115F', '\u1160', '\u17B4', '\u17B5', '\u180E', '\u2800', '\u3164', '\uFFA0'];
  const isInvisible = (char: string) => /^[\s\p{Cf}\p{Cc}\p{Z}\p{M}]$/u.test(char) || BLANK.includes(char);
  // Controls: C0/C1, the line and paragraph separators, and every bidi mark, embedding, override and isolate.
  const BIDI = ['\u061C', '\u200E', '\u200F'];
  const isControl = (char: string) =>
    /^\p{Cc}$/u.test(char) ||
    char === '\u2028' ||
    char === '\u2029' ||
    BIDI.includes(char) ||
    (char >= '\u202A' && char <= '\u202E') ||
    (char >= '\u2066' && char <= '\u2069');
  const acceptable = (trimmed: string) =>
    codePoints(trimmed) >= 1 && codePoints(trimmed) <= 40 && [...trimmed].some((char) => !isInvisible(char)) && ![...trimmed].some(isControl);

  it('any string: accepted exactly when 1–40 code points, something visible and no control characters, kept verbatim', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 50 })), (input) => {
        const result = nameSchema.safeParse(input);
        const trimmed = input.trim();
        expect(result.success).toBe(acceptable(trimmed));
        if (result.success) expect(result.data).toBe(trimmed);
        else expect(messagesOf(result).length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('non-strings get a clear error, never a throw', () => {
    fc.assert(
      fc.property(fc.anything().filter((value) => typeof value !== 'string'), (value) => {
        expect(nameSchema.safeParse(value).success).toBe(false);
      }),
    );
  });

  it('a name made only of zero-width characters is refused (it would sign as nobody visible)', () => {
    for (const invisible of [...ZERO_WIDTH, ZERO_WIDTH.join('')]) expect(nameSchema.safeParse(invisible).success).toBe(false);
  });

  it('bidi overrides are refused (RLO in a name reverses the text after it on the agreement)', () => {
    expect(nameSchema.safeParse(`${RLO}evoL`).success).toBe(false);
  });
});

describe('custom terms', () => {
  it.each([
    ['markup', MARKUP, true],
    ['a term of 600 characters', 'y'.repeat(600), true],
    ['a term of 601 characters', 'y'.repeat(601), false],
    ['an empty term', '   ', false],
    ['a megabyte', 'z'.repeat(1_000_000), false],
  ] as const)('%s', (_label, text, accepted) => {
    const result = customTermSchema.safeParse({ id: 'abc123', author: 'a', text });
    expect(result.success).toBe(accepted);
    if (!result.success) expect(messagesOf(result).every((message) => TERM_MESSAGES.includes(message))).toBe(true);
  });

  it('ids are plain tokens: markup, paths and prototype keys are refused', () => {
    for (const id of [MARKUP, '../../etc', 'a b', '', 'x'.repeat(65), '__proto__'.replace(/_/g, '.'), `id${RLO}`]) {
      expect(customTermSchema.safeParse({ id, author: 'a', text: 'ok' }).success).toBe(false);
    }
  });

  it('any text: kept verbatim (trimmed) or a clear message', () => {
    fc.assert(
      fc.property(hostileString, fc.constantFrom('a', 'b', 'c', '__proto__'), (text, author) => {
        const result = customTermSchema.safeParse({ id: 'term1', author, text });
        if (result.success) expect(result.data.text).toBe(text.trim());
        else expect(messagesOf(result).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// Whole records

function fullAnswers(): Record<string, string | true> {
  const answers: Record<string, string | true> = {};
  for (const section of defaultTemplate.sections) {
    for (const question of section.questions) answers[question.id] = question.kind === 'commitment' ? true : question.defaultOption;
  }
  return answers;
}

function signedDraft(names: { a: string; b: string }): Draft {
  const at = '2026-11-20T10:00:00.000Z';
  const acks = defaultTemplate.acknowledgements.map((ack) => ack.id);
  return {
    ...createDraft(defaultTemplate, new Date(at)),
    stage: 'sign',
    partners: { a: { name: names.a }, b: { name: names.b } },
    apps: ['whatsapp'],
    answers: { a: fullAnswers(), b: fullAnswers() },
    acknowledgements: { a: acks, b: acks },
    signatures: { a: { name: names.a, at }, b: { name: names.b, at } },
  };
}

function agreementFor(names: { a: string; b: string }): Agreement {
  return { id: 'agreement1', versions: [versionFromDraft(defaultTemplate, signedDraft(names), 1, null, new Date('2026-11-20T10:05:00.000Z'))] };
}

/** Names the schema accepts, drawn from hostile material. */
const acceptedName = hostileString.map((name) => name.trim()).filter((name) => nameSchema.safeParse(name).success);
const twoNames = fc
  .tuple(acceptedName, acceptedName)
  .filter(([a, b]) => a.trim().replace(/\s+/g, ' ').toLocaleLowerCase() !== b.trim().replace(/\s+/g, ' ').toLocaleLowerCase());

describe('drafts and agreements', () => {
  it('garbage never throws from safeParse, and is refused', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 }), (value) => {
        expect(draftSchema.safeParse(value).success).toBe(false);
        expect(agreementSchema.safeParse(value).success).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('a valid record with one field replaced by anything: a clear result, never a throw', () => {
    const draft = signedDraft({ a: 'Sam', b: 'Alex' });
    const agreement = agreementFor({ a: 'Sam', b: 'Alex' });
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(draft)),
        fc.constantFrom(...Object.keys(agreement.versions[0] ?? {})),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileString),
        (draftKey, versionKey, value) => {
          const parsed = draftSchema.safeParse({ ...draft, [draftKey]: value });
          expect(typeof parsed.success).toBe('boolean');
          const version = { ...agreement.versions[0], [versionKey]: value };
          expect(typeof agreementSchema.safeParse({ ...agreement, versions: [version] }).success).toBe('boolean');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('hostile names survive save and load exactly, in drafts and signed agreements', async () => {
    await fc.assert(
      fc.asyncProperty(twoNames, async ([a, b]) => {
        const store = createMemoryStore();
        const draft = signedDraft({ a, b });
        await saveDraft(store, draft);
        const agreement = agreementFor({ a, b });
        await saveAgreement(store, agreement);
        const [loaded] = (await loadDrafts(store)).items;
        expect(loaded?.partners).toEqual({ a: { name: a }, b: { name: b } });
        expect(await loadAgreement(store, agreement.id)).toMatchObject({ found: true, item: { versions: [{ partners: { a: { name: a }, b: { name: b } } }] } });
      }),
      { numRuns: 150 },
    );
  });

  it('prototype-pollution keys are dropped or kept as plain data, never pollute Object.prototype', () => {
    const draft = signedDraft({ a: 'Sam', b: 'Alex' });
    const json = JSON.stringify(draft)
      .replace('"answers":{"a":{', '"answers":{"a":{"__proto__":{"polluted":"answers"},')
      .replace('"resolutions":{', '"resolutions":{"__proto__":{"optionId":"x","confirmedBy":{"a":true,"b":true}},"constructor":{"optionId":"y","confirmedBy":{"a":true,"b":true}}')
      .replace(/^\{/, '{"__proto__":{"polluted":"top"},');
    const hostile = JSON.parse(json) as unknown;
    const parsed = draftSchema.safeParse(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    for (const object of [parsed.data, parsed.data.answers.a, parsed.data.resolutions]) {
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      expect((object as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(Object.hasOwn(parsed.data.resolutions, '__proto__')).toBe(false);
    expect(parsed.data.resolutions.constructor).toEqual({ optionId: 'y', confirmedBy: { a: true, b: true } });
  });
});

// ---------------------------------------------------------------------------
// The repository: a corrupt record is set aside, never lost

describe('loading a store full of hostile records', () => {
  const corrupt = fc.oneof(
    fc.anything({ maxDepth: 3, withNullPrototype: true }),
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({ id: hostileString, stage: hostileString, answers: fc.anything({ maxDepth: 2 }) }),
  );

  it('every record is either loaded or set aside with its content intact, and nothing throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...PROTO_KEYS)), corrupt), {
          selector: ([key]) => key,
          maxLength: 8,
        }),
        fc.boolean(),
        async (records, withValid) => {
          const store = createMemoryStore();
          const valid = signedDraft({ a: 'Sam', b: 'Alex' });
          if (withValid) await saveDraft(store, valid);
          for (const [key, value] of records) {
            await store.put('drafts', key, value);
            await store.put('agreements', key, value);
          }
          const drafts = await loadDrafts(store);
          const agreements = await loadAgreements(store);
          expect(drafts.items.map((item) => item.id)).toEqual(withValid ? [valid.id] : []);
          expect(agreements.items).toEqual([]);
          expect(drafts.setAside).toBe(records.length);
          expect(agreements.setAside).toBe(records.length);
          const kept = (await store.entries('setaside')).map(([, entry]) => entry as { collection: string; key: string; value: unknown });
          expect(kept).toHaveLength(records.length * 2);
          for (const [key, value] of records) {
            for (const collection of ['drafts', 'agreements']) {
              const entry = kept.find((candidate) => candidate.collection === collection && candidate.key === key);
              expect(entry, `${collection}/${key} was set aside`).toBeDefined();
              expect(entry?.value).toEqual(value);
            }
          }
          // Loading again finds nothing new to set aside and loses nothing.
          expect((await loadDrafts(store)).setAside).toBe(0);
          expect(await store.entries('setaside')).toHaveLength(records.length * 2);
        },
      ),
      { numRuns: 150 },
    );
  });

  // Within one millisecond, so a key made from the time alone would overwrite the first copy.
  it('the same key set aside twice in quick succession keeps both copies', async () => {
    const store = createMemoryStore();
    for (let round = 0; round < 3; round += 1) {
      await store.put('drafts', 'same', { corrupt: round });
      await loadDrafts(store);
    }
    expect(await store.entries('setaside')).toHaveLength(3);
  });
});
