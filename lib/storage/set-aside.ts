import { newId } from '../agreement/ids';
import type { Collection, KeyValueStore } from './store';

/**
 * Keeps a record the app cannot read (or is about to replace) in `setaside`,
 * never throwing it away. The key is unique even for two records set aside
 * in the same millisecond.
 */
export async function setAside(store: KeyValueStore, collection: Collection, key: string, value: unknown, now: Date = new Date()): Promise<void> {
  await store.put('setaside', `${collection}:${key}:${now.getTime()}:${newId()}`, { collection, key, value, at: now.toISOString() });
}
