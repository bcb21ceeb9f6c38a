import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../lib/agreement/schema';
import { tightenAlone, withdraw } from '../../lib/agreement/versions';
import { importAgreement } from '../../lib/storage/import';
import { loadAgreement, saveAgreement } from '../../lib/storage/repository';
import { COLLECTIONS, createMemoryStore, type KeyValueStore } from '../../lib/storage/store';
import { deepFreeze, makeAgreement, NAMES } from './fixtures/agreement-fixture';
import { fixtureTemplate as template } from './fixtures/template-fixture';

async function snapshot(store: KeyValueStore): Promise<string> {
  return JSON.stringify(await Promise.all(COLLECTIONS.map((collection) => store.entries(collection))));
}

function newer(agreement: Agreement): Agreement {
  const result = tightenAlone(template, agreement, { by: 'a', questionId: 'photos', optionId: 'noPhotos', typedName: NAMES.a });
  if (!result.ok) throw new Error(result.problem);
  return result.agreement;
}

async function storeWith(agreement: Agreement): Promise<KeyValueStore> {
  const store = createMemoryStore();
  await saveAgreement(store, agreement);
  return store;
}

const original = () => makeAgreement(template, { photos: 'withFace' });

describe('importAgreement', () => {
  it('adds an agreement this device does not have', async () => {
    const store = createMemoryStore();
    const agreement = deepFreeze(original());
    expect(await importAgreement(store, agreement)).toEqual({ ok: true, id: agreement.id, outcome: 'added' });
    expect(await loadAgreement(store, agreement.id)).toEqual({ found: true, item: agreement });
  });

  it('reports a conflict and changes nothing when no choice is given', async () => {
    const store = await storeWith(original());
    const before = await snapshot(store);
    const result = await importAgreement(store, newer(original()));
    expect(result).toMatchObject({ ok: false, conflict: true, identical: false, existing: { versions: 1, latestVersion: 1 }, incoming: { versions: 2, latestVersion: 2 } });
    expect(await snapshot(store)).toBe(before);
  });

  it('says when the copy is identical to the one saved here', async () => {
    const store = await storeWith(original());
    expect(await importAgreement(store, original())).toMatchObject({ ok: false, conflict: true, identical: true });
  });

  it('keeps both under different ids when asked', async () => {
    const store = await storeWith(original());
    const incoming = newer(original());
    const result = await importAgreement(store, incoming, 'keepBoth');
    if (!result.ok) throw new Error('expected ok');
    expect(result.outcome).toBe('keptBoth');
    expect(result.id).not.toBe(incoming.id);
    expect(await loadAgreement(store, incoming.id)).toEqual({ found: true, item: original() });
    expect(await loadAgreement(store, result.id)).toEqual({ found: true, item: { ...incoming, id: result.id } });
  });

  it('replaces when asked', async () => {
    const store = await storeWith(original());
    const incoming = newer(original());
    expect(await importAgreement(store, incoming, 'replace')).toEqual({ ok: true, id: incoming.id, outcome: 'replaced' });
    expect(await loadAgreement(store, incoming.id)).toEqual({ found: true, item: incoming });
    expect((await store.entries('agreements')).length).toBe(1);
  });

  it('never brings back a withdrawn agreement from an older copy', async () => {
    const withdrawn = withdraw(original(), 'b');
    if (!withdrawn.ok) throw new Error(withdrawn.problem);
    const store = await storeWith(withdrawn.agreement);
    const before = await snapshot(store);
    for (const choice of [undefined, 'keepBoth', 'replace'] as const) {
      const result = await importAgreement(store, original(), choice);
      expect(result).toMatchObject({ ok: false, conflict: false });
      expect(await snapshot(store)).toBe(before);
    }
  });

  it('accepts a withdrawal arriving from the other device', async () => {
    const store = await storeWith(original());
    const withdrawn = withdraw(original(), 'b');
    if (!withdrawn.ok) throw new Error(withdrawn.problem);
    expect(await importAgreement(store, withdrawn.agreement, 'replace')).toMatchObject({ ok: true, outcome: 'replaced' });
  });

  it('refuses an invalid agreement with plain problems and changes nothing', async () => {
    const store = await storeWith(original());
    const before = await snapshot(store);
    const result = await importAgreement(store, { ...original(), versions: [] }, 'replace');
    expect(result).toEqual({ ok: false, conflict: false, problems: ['The part “versions” has too few items.'] });
    expect(await snapshot(store)).toBe(before);
  });

  it('sets an unreadable saved record aside instead of losing it on replace', async () => {
    const store = createMemoryStore();
    await store.put('agreements', 'agreement1', { broken: true });
    expect(await importAgreement(store, original())).toMatchObject({ conflict: true, existing: null });
    expect(await importAgreement(store, original(), 'replace')).toMatchObject({ ok: true });
    const aside = await store.entries('setaside');
    expect(aside).toHaveLength(1);
    expect(aside[0]![1]).toMatchObject({ collection: 'agreements', key: 'agreement1', value: { broken: true } });
  });
});
