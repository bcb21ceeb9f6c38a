import { agreementSchema, draftSchema, type Agreement, type Draft } from '../agreement/schema';
import { newId } from '../agreement/ids';
import type { Collection, KeyValueStore } from './store';

export interface Loaded<T> {
  readonly items: T[];
  /** How many unreadable records were moved aside (kept, never discarded). */
  readonly setAside: number;
}

interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** Reads a collection; a record that fails its schema is moved to `setaside`, not lost. */
async function loadValid<T>(store: KeyValueStore, collection: Collection, schema: Parser<T>): Promise<Loaded<T>> {
  const items: T[] = [];
  let setAside = 0;
  for (const [key, value] of await store.entries(collection)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      items.push(parsed.data);
      continue;
    }
    await store.put('setaside', `${collection}:${key}:${Date.now()}:${newId()}`, { collection, key, value, at: new Date().toISOString() });
    await store.delete(collection, key);
    setAside += 1;
  }
  return { items, setAside };
}

export async function loadDrafts(store: KeyValueStore): Promise<Loaded<Draft>> {
  const loaded = await loadValid(store, 'drafts', draftSchema);
  const items = [...loaded.items].sort((x, y) => y.updatedAt.localeCompare(x.updatedAt));
  return { ...loaded, items };
}

export async function saveDraft(store: KeyValueStore, draft: Draft): Promise<void> {
  return store.put('drafts', draft.id, draftSchema.parse(draft));
}

export function deleteDraft(store: KeyValueStore, id: string): Promise<void> {
  return store.delete('drafts', id);
}

export async function loadAgreements(store: KeyValueStore): Promise<Loaded<Agreement>> {
  const loaded = await loadValid(store, 'agreements', agreementSchema);
  const latest = (agreement: Agreement) => agreement.versions[agreement.versions.length - 1]?.createdAt ?? '';
  return { ...loaded, items: [...loaded.items].sort((x, y) => latest(y).localeCompare(latest(x))) };
}

export async function loadAgreement(store: KeyValueStore, id: string): Promise<Agreement | null> {
  const parsed = agreementSchema.safeParse(await store.get('agreements', id));
  return parsed.success ? parsed.data : null;
}

export async function saveAgreement(store: KeyValueStore, agreement: Agreement): Promise<void> {
  return store.put('agreements', agreement.id, agreementSchema.parse(agreement));
}

export async function countSetAside(store: KeyValueStore): Promise<number> {
  return (await store.entries('setaside')).length;
}
