import { describe, expect, it } from 'vitest';
import { deleteAllData, describeWhatIsDeleted } from '../../../lib/storage/delete-all';
import { COLLECTIONS, createMemoryStore, StorageError, type KeyValueStore } from '../../../lib/storage/store';

describe('deleteAllData', () => {
  it('removes everything in every collection', async () => {
    const store = createMemoryStore();
    for (const collection of COLLECTIONS) await store.put(collection, 'key', { some: 'value' });
    expect(await deleteAllData(store)).toEqual({ ok: true });
    for (const collection of COLLECTIONS) expect(await store.entries(collection)).toEqual([]);
  });

  it('reports a failure in plain words instead of throwing', async () => {
    const failing: KeyValueStore = {
      ...createMemoryStore(),
      clearAll: () => Promise.reject(new StorageError('unavailable')),
    };
    const result = await deleteAllData(failing);
    expect(result.ok).toBe(false);
    expect(result).toEqual({ ok: false, problem: 'unavailable' });
  });

  it('reports when something is still there afterwards', async () => {
    const store = createMemoryStore();
    await store.put('drafts', 'd', {});
    const stubborn: KeyValueStore = { ...store, clearAll: async () => {} };
    expect(await deleteAllData(stubborn)).toEqual({ ok: false, problem: 'failed' });
  });
});

describe('describeWhatIsDeleted', () => {
  it('names what goes and, honestly, what cannot', () => {
    const { removed, notRemoved } = describeWhatIsDeleted();
    const gone = removed.join(' ').toLowerCase();
    for (const word of ['drafts', 'agreements', 'set aside']) expect(gone).toContain(word);
    // It promises only what it deletes: one line per collection the app keeps.
    expect(removed).toHaveLength(COLLECTIONS.length);
    const kept = notRemoved.join(' ').toLowerCase();
    for (const word of ['exported', 'pdfs', 'whatsapp', 'partner’s phone']) expect(kept).toContain(word);
  });
});
