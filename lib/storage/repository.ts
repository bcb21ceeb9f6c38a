import { agreementSchema, draftSchema, type Agreement, type Draft } from '../agreement/schema';
import { latestVersion } from '../agreement/versions';
import { listSetAside, setAside } from './set-aside';
import type { Collection, KeyValueStore } from './store';

export interface Loaded<T> {
  readonly items: T[];
  /** How many unreadable records were moved aside (kept, never discarded). */
  readonly setAside: number;
}

/** One record by id: found, or missing (with whether an unreadable one was moved aside). */
export type LoadedOne<T> = { readonly found: true; readonly item: T } | { readonly found: false; readonly setAside: boolean };

interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** Moves a record that fails its schema to `setaside`; it is kept, not lost. */
async function moveAside(store: KeyValueStore, collection: Collection, key: string, value: unknown): Promise<void> {
  await setAside(store, collection, key, value);
  await store.delete(collection, key);
}

async function loadValid<T>(store: KeyValueStore, collection: Collection, schema: Parser<T>): Promise<Loaded<T>> {
  const items: T[] = [];
  let movedAside = 0;
  for (const [key, value] of await store.entries(collection)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      items.push(parsed.data);
      continue;
    }
    await moveAside(store, collection, key, value);
    movedAside += 1;
  }
  return { items, setAside: movedAside };
}

async function wasSetAside(store: KeyValueStore, collection: Collection, id: string): Promise<boolean> {
  const items = await listSetAside(store);
  return items.some((item) => item.reason === 'unreadable' && item.collection === collection && item.originalKey === id);
}

async function loadOne<T>(store: KeyValueStore, collection: Collection, schema: Parser<T>, id: string): Promise<LoadedOne<T>> {
  const value = await store.get(collection, id);
  // Set aside on an earlier visit: still say so, rather than "there is none".
  if (value === undefined) return { found: false, setAside: await wasSetAside(store, collection, id) };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { found: true, item: parsed.data };
  await moveAside(store, collection, id, value);
  return { found: false, setAside: true };
}

export async function loadDrafts(store: KeyValueStore): Promise<Loaded<Draft>> {
  const loaded = await loadValid(store, 'drafts', draftSchema);
  const items = [...loaded.items].sort((x, y) => y.updatedAt.localeCompare(x.updatedAt));
  return { ...loaded, items };
}

export function loadDraft(store: KeyValueStore, id: string): Promise<LoadedOne<Draft>> {
  return loadOne(store, 'drafts', draftSchema, id);
}

/** Validated here, once, on its way into storage. */
export async function saveDraft(store: KeyValueStore, draft: Draft): Promise<void> {
  return store.put('drafts', draft.id, draftSchema.parse(draft));
}

export function deleteDraft(store: KeyValueStore, id: string): Promise<void> {
  return store.delete('drafts', id);
}

/** Newest first, by the version in force. */
export async function loadAgreements(store: KeyValueStore): Promise<Loaded<Agreement>> {
  const loaded = await loadValid(store, 'agreements', agreementSchema);
  const signedAt = (agreement: Agreement) => latestVersion(agreement).createdAt;
  return { ...loaded, items: [...loaded.items].sort((x, y) => signedAt(y).localeCompare(signedAt(x))) };
}

export function loadAgreement(store: KeyValueStore, id: string): Promise<LoadedOne<Agreement>> {
  return loadOne(store, 'agreements', agreementSchema, id);
}

export async function saveAgreement(store: KeyValueStore, agreement: Agreement): Promise<void> {
  return store.put('agreements', agreement.id, agreementSchema.parse(agreement));
}
