import { describe, expect, it } from 'vitest';
import { createMemoryStore, StorageError, toStorageError, withMemoryFallback, type KeyValueStore } from '@/lib/storage/store';
import { loadAgreement, loadAgreements, loadDraft, loadDrafts, saveDraft } from '@/lib/storage/repository';
import { createDraft } from '@/lib/agreement/draft';
import { defaultTemplate } from '@/templates';

describe('repository', () => {
  it('saves and reloads a draft unchanged', async () => {
    const store = createMemoryStore();
    const draft = createDraft(defaultTemplate, new Date('2026-01-02T03:04:05Z'));
    await saveDraft(store, draft);
    expect((await loadDrafts(store)).items).toEqual([draft]);
  });

  it('sets an unreadable record aside, keeps its content, and still loads the rest', async () => {
    const store = createMemoryStore();
    const good = createDraft(defaultTemplate);
    await saveDraft(store, good);
    const broken = { id: 'broken', stage: 'nonsense', answers: 'x' };
    await store.put('drafts', 'broken', broken);
    const loaded = await loadDrafts(store);
    expect(loaded.items.map((item) => item.id)).toEqual([good.id]);
    expect(loaded.setAside).toBe(1);
    expect(await store.entries('setaside')).toHaveLength(1);
    const [[, kept]] = (await store.entries('setaside')) as [[string, { value: unknown; collection: string }]];
    expect(kept.value).toEqual(broken);
    expect(kept.collection).toBe('drafts');
    // Loading again does not set it aside twice.
    expect((await loadDrafts(store)).setAside).toBe(0);
  });

  it('refuses to save an invalid draft and keeps what was saved', async () => {
    const store = createMemoryStore();
    const draft = createDraft(defaultTemplate);
    await saveDraft(store, draft);
    await expect(saveDraft(store, { ...draft, step: -1 })).rejects.toThrow();
    expect((await loadDrafts(store)).items[0]?.step).toBe(0);
  });

  it('a failed write (full storage) leaves earlier data in place', async () => {
    const inner = createMemoryStore();
    const full: KeyValueStore = {
      ...inner,
      put: async () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const draft = createDraft(defaultTemplate);
    await saveDraft(inner, draft);
    const error = await saveDraft(full, { ...draft, step: 3 }).catch((caught: unknown) => toStorageError(caught));
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('quota');
    expect((await loadDrafts(inner)).items[0]?.step).toBe(0);
  });

  it('loads one record by id, and sets it aside when it cannot be read', async () => {
    const store = createMemoryStore();
    const draft = createDraft(defaultTemplate);
    await saveDraft(store, draft);
    expect(await loadDraft(store, draft.id)).toEqual({ found: true, item: draft });
    expect(await loadDraft(store, 'nothing')).toEqual({ found: false, setAside: false });
    await store.put('agreements', 'broken', { id: 'broken', versions: [] });
    expect(await loadAgreement(store, 'broken')).toEqual({ found: false, setAside: true });
    expect(await store.get('agreements', 'broken')).toBeUndefined();
    const [[key, kept]] = (await store.entries('setaside')) as [[string, { value: unknown }]];
    expect(key).toMatch(/^agreements:broken:/);
    expect(kept.value).toEqual({ id: 'broken', versions: [] });
  });

  it('loads no agreements from an empty store', async () => {
    expect(await loadAgreements(createMemoryStore())).toEqual({ items: [], setAside: 0 });
  });
});

describe('withMemoryFallback', () => {
  const refusing = (kind: 'SecurityError' | 'QuotaExceededError'): KeyValueStore => {
    const fail = async (): Promise<never> => {
      throw new DOMException('no', kind);
    };
    return { get: fail, entries: fail, put: fail, delete: fail, clearAll: fail };
  };

  it('keeps working in memory when the browser refuses storage, and says so once', async () => {
    let told = 0;
    const store = withMemoryFallback(refusing('SecurityError'), () => (told += 1));
    const draft = createDraft(defaultTemplate);
    await saveDraft(store, draft);
    expect((await loadDrafts(store)).items).toEqual([draft]);
    expect(told).toBe(1);
  });

  it('does not hide a full disk: the caller hears about it', async () => {
    let told = 0;
    const store = withMemoryFallback(refusing('QuotaExceededError'), () => (told += 1));
    await expect(saveDraft(store, createDraft(defaultTemplate))).rejects.toMatchObject({ kind: 'quota' });
    expect(told).toBe(0);
  });
});
