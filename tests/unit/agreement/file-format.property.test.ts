import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAgreementFile, parseAgreementFile, type ParsedAgreementFile } from '../../../lib/agreement/file-format';
import type { Agreement } from '../../../lib/agreement/schema';
import type { TemplateLookup } from '../../../lib/agreement/incoming';
import { importAgreement, type ImportChoice } from '../../../lib/storage/import';
import { saveAgreement } from '../../../lib/storage/repository';
import { COLLECTIONS, createMemoryStore, type KeyValueStore } from '../../../lib/storage/store';
import { agreementArbitrary } from '../fixtures/agreement-arbitrary';
import { fixtureTemplate } from '../fixtures/template-fixture';

const NOW = new Date('2025-05-01T08:00:00.000Z');
const choice = fc.constantFrom<ImportChoice | undefined>(undefined, 'keepApart');
const lookup: TemplateLookup = (id, version) => (id === fixtureTemplate.id && version === fixtureTemplate.version ? fixtureTemplate : undefined);

async function snapshot(store: KeyValueStore): Promise<string> {
  return JSON.stringify(await Promise.all(COLLECTIONS.map((collection) => store.entries(collection))));
}

function isWellFormed(result: ParsedAgreementFile): boolean {
  return result.ok ? typeof result.agreement === 'object' : result.problems.length > 0 && result.problems.every((line) => typeof line === 'string' && line.length > 0);
}

/** Every path to a value inside parsed JSON, so a mutation can land anywhere. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...prefix, key]))];
}

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'replaceChar'; at: number; char: string }
  | { kind: 'flipByte'; at: number; bit: number }
  | { kind: 'setValue'; pick: number; value: unknown }
  | { kind: 'deleteKey'; pick: number }
  | { kind: 'addKey'; pick: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replaceChar' as const), at: fc.nat(), char: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }),
  fc.record({ kind: fc.constant('flipByte' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('setValue' as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constant('deleteKey' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('addKey' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'withdrawn', 'change'), fc.string()),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
);

function mutate(text: string, change: Mutation): string | Uint8Array {
  switch (change.kind) {
    case 'truncate':
      return text.slice(0, change.at % (text.length + 1));
    case 'replaceChar': {
      const at = change.at % text.length;
      return text.slice(0, at) + change.char + text.slice(at + 1);
    }
    case 'flipByte': {
      const bytes = new TextEncoder().encode(text);
      bytes[change.at % bytes.length]! ^= 1 << change.bit;
      return bytes;
    }
    default: {
      const data = JSON.parse(text) as unknown;
      const all = paths(data).filter((path) => path.length > 0);
      const path = all[change.pick % all.length]!;
      const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data) as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (change.kind === 'setValue') parent[last] = change.value;
      else if (change.kind === 'deleteKey') delete parent[last];
      else if (typeof parent === 'object' && parent !== null) Object.defineProperty(parent, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
      return JSON.stringify(data);
    }
  }
}

async function storeHolding(agreement: Agreement): Promise<KeyValueStore> {
  const store = createMemoryStore();
  await saveAgreement(store, agreement);
  return store;
}

describe('agreement file: properties', () => {
  it('export then import is the identity for any valid agreement', () => {
    fc.assert(
      fc.property(agreementArbitrary, (agreement) => {
        const text = exportAgreementFile(agreement, NOW);
        expect(parseAgreementFile(text)).toEqual({ ok: true, agreement, exportedAt: NOW.toISOString() });
        expect(parseAgreementFile(new TextEncoder().encode(text))).toEqual({ ok: true, agreement, exportedAt: NOW.toISOString() });
      }),
      { numRuns: 200 },
    );
  });

  it('any text or bytes at all give a result, never an exception', () => {
    const input = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.uint8Array({ maxLength: 4096 }),
      fc.jsonValue().map((value) => JSON.stringify({ format: 'our-terms-agreement', formatVersion: 1, agreement: value })),
    );
    fc.assert(
      fc.property(input, (value) => {
        expect(isWellFormed(parseAgreementFile(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a mutated file never throws and never changes saved data unless the import succeeds', async () => {
    await fc.assert(
      fc.asyncProperty(agreementArbitrary, agreementArbitrary, mutation, choice, async (saved, exported, change, picked) => {
        // The saved agreement shares the id, so every successful parse meets a conflict.
        const store = await storeHolding({ ...saved, id: exported.id });
        const before = await snapshot(store);
        const parsed = parseAgreementFile(mutate(exportAgreementFile(exported, NOW), change));
        expect(isWellFormed(parsed)).toBe(true);
        if (!parsed.ok) {
          expect(await snapshot(store)).toBe(before);
          return;
        }
        const savedBefore = await store.get('agreements', exported.id);
        const result = await importAgreement(store, lookup, parsed.agreement, picked);
        if (!result.ok) expect(await snapshot(store)).toBe(before);
        // Nothing replaces what was saved: at most a newer copy adds to it (a mutated id is simply a new agreement).
        if (!result.ok || result.outcome !== 'extended') expect(await store.get('agreements', exported.id)).toEqual(savedBefore);
      }),
      { numRuns: 300 },
    );
  });

  it('importing any value at all never throws and changes nothing unless it succeeds', async () => {
    await fc.assert(
      fc.asyncProperty(agreementArbitrary, fc.anything({ maxDepth: 3 }), choice, async (saved, value, picked) => {
        const store = await storeHolding(saved);
        const before = await snapshot(store);
        const result = await importAgreement(store, lookup, value, picked);
        if (!result.ok) expect(await snapshot(store)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
