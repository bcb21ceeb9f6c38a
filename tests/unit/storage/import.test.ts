import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../lib/agreement/schema';
import type { TemplateLookup } from '../../../lib/agreement/incoming';
import { tightenAlone, withdraw } from '../../../lib/agreement/versions';
import { importAgreement } from '../../../lib/storage/import';
import { loadAgreement, saveAgreement } from '../../../lib/storage/repository';
import { listSetAside, setAsideFile } from '../../../lib/storage/set-aside';
import { COLLECTIONS, createMemoryStore, type KeyValueStore } from '../../../lib/storage/store';
import { withoutAnswers } from '../../../lib/agreement/private-answers';
import { deepFreeze, makeAgreement, NAMES, signedDraft, versionFromDraft } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const lookup: TemplateLookup = (id, version) => (id === template.id && version === template.version ? template : undefined);

async function snapshot(store: KeyValueStore): Promise<string> {
  return JSON.stringify(await Promise.all(COLLECTIONS.map((collection) => store.entries(collection))));
}

function tightened(agreement: Agreement, optionId = 'noPhotos', at = new Date('2025-02-01T10:00:00.000Z')): Agreement {
  const result = tightenAlone(template, agreement, { by: 'a', questionId: 'photos', optionId, typedName: NAMES.a }, at);
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
    expect(await importAgreement(store, lookup, agreement)).toEqual({ ok: true, id: agreement.id, outcome: 'added' });
    expect(await loadAgreement(store, agreement.id)).toEqual({ found: true, item: agreement });
  });

  it('a newer copy adds its versions; nothing saved is removed', async () => {
    const store = await storeWith(original());
    expect(await importAgreement(store, lookup, tightened(original()))).toMatchObject({ ok: true, outcome: 'extended', addedVersions: [2] });
    expect(await loadAgreement(store, 'agreement1')).toEqual({ found: true, item: tightened(original()) });
  });

  it('an older copy (version 1 after a tightening to version 2) adds nothing and undoes nothing, whatever is chosen', async () => {
    const store = await storeWith(tightened(original()));
    const before = await snapshot(store);
    for (const choice of [undefined, 'keepApart'] as const) {
      expect(await importAgreement(store, lookup, original(), choice)).toEqual({ ok: false, kind: 'older', id: 'agreement1', savedWithdrawn: false });
      expect(await snapshot(store)).toBe(before);
    }
  });

  it('says when the copy is identical to the one saved here', async () => {
    const store = await storeWith(original());
    expect(await importAgreement(store, lookup, original())).toMatchObject({ ok: false, kind: 'identical' });
  });

  it('refuses a copy whose signed version was altered, says what differs, and keeps this copy', async () => {
    const store = await storeWith(original());
    const before = await snapshot(store);
    const edited = structuredClone(original());
    edited.versions[0]!.custom = [{ id: 'c1', author: 'a', text: 'Anything goes.' }];
    for (const choice of [undefined, 'keepApart'] as const) {
      const result = await importAgreement(store, lookup, edited, choice);
      expect(result).toMatchObject({ ok: false, kind: 'altered', version: 1 });
      if (!result.ok && result.kind === 'altered') expect(result.changes).toEqual(['Our own term added: “Anything goes.”']);
      expect(await snapshot(store)).toBe(before);
    }
  });

  // The import check now accepts a version signed with the first answers left out, however its
  // terms were settled; a copy that rewrites a saved version that way is still an alteration.
  it('a copy that rewrites a saved version with its first answers left out, or put back, is refused and changes nothing', async () => {
    const at = new Date('2025-01-31T10:00:00.000Z');
    const draft = signedDraft(template);
    const differing = {
      ...draft,
      answers: { a: { ...draft.answers.a, photos: 'withFace' }, b: { ...draft.answers.b, photos: 'noPhotos' } },
      resolutions: { photos: { optionId: 'withFace', confirmedBy: { a: true, b: true } } },
    };
    const kept: Agreement = { id: 'agreement1', versions: [versionFromDraft(template, { ...differing, privateAnswers: { a: 'kept', b: 'kept' } }, 1, null, at)] };
    const leftOut: Agreement = { id: 'agreement1', versions: [versionFromDraft(template, { ...differing, privateAnswers: { a: 'leftOut', b: 'leftOut' } }, 1, null, at)] };
    const stripped: Agreement = { id: 'agreement1', versions: [{ ...kept.versions[0]!, privateAnswers: 'leftOut', terms: withoutAnswers(kept.versions[0]!.terms) }] };
    // The same signing with the answers put back in (and kept), as a file could claim.
    const restored: Agreement = { id: 'agreement1', versions: [kept.versions[0]!] };
    for (const [saved, incoming] of [[kept, stripped], [leftOut, restored]] as const) {
      const store = await storeWith(saved);
      const before = await snapshot(store);
      for (const choice of [undefined, 'keepApart'] as const) {
        expect(await importAgreement(store, lookup, incoming, choice)).toMatchObject({ ok: false, kind: 'altered', version: 1 });
        expect(await snapshot(store)).toBe(before);
      }
      expect(await loadAgreement(store, 'agreement1')).toEqual({ found: true, item: saved });
    }
  });

  it('a copy that went another way is kept aside only when asked, never in force', async () => {
    const store = await storeWith(tightened(original()));
    const fork = tightened(original(), 'withoutFace', new Date('2025-02-02T00:00:00.000Z'));
    const before = await snapshot(store);
    expect(await importAgreement(store, lookup, fork)).toEqual({ ok: false, kind: 'diverged', id: 'agreement1', since: 2 });
    expect(await snapshot(store)).toBe(before);
    expect(await importAgreement(store, lookup, fork, 'keepApart')).toEqual({ ok: true, id: 'agreement1', outcome: 'keptApart' });
    expect(await loadAgreement(store, 'agreement1')).toEqual({ found: true, item: tightened(original()) });
    const aside = await listSetAside(store);
    expect(aside).toMatchObject([{ reason: 'diverged', collection: 'agreements', originalKey: 'agreement1', value: fork }]);
    expect(JSON.parse(setAsideFile(aside[0]!))).toMatchObject({ reason: 'diverged', value: fork });
  });

  it('never brings back a withdrawn agreement from an older copy', async () => {
    const withdrawn = withdraw(original(), 'b');
    if (!withdrawn.ok) throw new Error(withdrawn.problem);
    const store = await storeWith(withdrawn.agreement);
    const before = await snapshot(store);
    expect(await importAgreement(store, lookup, original())).toMatchObject({ ok: false, kind: 'older', savedWithdrawn: true });
    expect(await snapshot(store)).toBe(before);
  });

  it('accepts a withdrawal arriving from the other device', async () => {
    const store = await storeWith(original());
    const withdrawn = withdraw(original(), 'b');
    if (!withdrawn.ok) throw new Error(withdrawn.problem);
    expect(await importAgreement(store, lookup, withdrawn.agreement)).toMatchObject({ ok: true, outcome: 'extended', addsWithdrawal: true });
    expect(await loadAgreement(store, 'agreement1')).toEqual({ found: true, item: withdrawn.agreement });
  });

  it('refuses an invalid agreement with one plain sentence and changes nothing', async () => {
    const store = await storeWith(original());
    const before = await snapshot(store);
    const result = await importAgreement(store, lookup, { ...original(), versions: [] });
    expect(result).toMatchObject({ ok: false, kind: 'refused', problem: 'shape', details: ['The part “versions” has too few items.'] });
    expect(await snapshot(store)).toBe(before);
  });

  it('sets an unreadable saved record aside instead of losing it', async () => {
    const store = createMemoryStore();
    await store.put('agreements', 'agreement1', { broken: true });
    expect(await importAgreement(store, lookup, original())).toEqual({ ok: true, id: 'agreement1', outcome: 'unreadableSetAside' });
    const aside = await listSetAside(store);
    expect(aside).toMatchObject([{ collection: 'agreements', originalKey: 'agreement1', reason: 'unreadable', value: { broken: true } }]);
  });
});

describe('set-aside records', () => {
  it('are listed whatever their shape, and saved as a file even when JSON cannot hold them', async () => {
    const store = createMemoryStore();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    await store.put('setaside', 'odd', 'just a string');
    await store.put('setaside', 'loop', { collection: 'agreements', key: 'x', at: '2025-01-01T00:00:00.000Z', value: loop });
    const items = await listSetAside(store);
    expect(items).toHaveLength(2);
    for (const item of items) expect(() => JSON.parse(setAsideFile(item))).not.toThrow();
    expect(JSON.parse(setAsideFile(items.find((item) => item.key === 'odd')!))).toMatchObject({ value: 'just a string', reason: 'unreadable' });
  });
});
