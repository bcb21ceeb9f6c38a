import { newId } from '../agreement/ids';
import type { Collection, KeyValueStore } from './store';

/**
 * Keeps a record the app cannot read, or a copy that must never be the one in
 * force, in `setaside`, never throwing it away. The key is unique even for
 * two records set aside in the same millisecond.
 */

/** Why a record is kept aside: it could not be read, or it is a separate copy with a different history. */
export type SetAsideReason = 'unreadable' | 'diverged';

export interface SetAsideItem {
  readonly key: string;
  readonly collection: string;
  readonly originalKey: string;
  readonly at: string;
  readonly reason: SetAsideReason;
  readonly value: unknown;
}

export async function setAside(
  store: KeyValueStore,
  collection: Collection,
  key: string,
  value: unknown,
  now: Date = new Date(),
  reason: SetAsideReason = 'unreadable',
): Promise<void> {
  await store.put('setaside', `${collection}:${key}:${now.getTime()}:${newId()}`, { collection, key, value, at: now.toISOString(), reason });
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value.slice(0, 200) : fallback);

/** Everything kept aside, newest first. Whatever is stored there is listed, even a record of an unknown shape. */
export async function listSetAside(store: KeyValueStore): Promise<SetAsideItem[]> {
  const items = (await store.entries('setaside')).map(([key, record]): SetAsideItem => {
    const fields = record !== null && typeof record === 'object' ? (record as Record<string, unknown>) : {};
    const isWrapped = 'value' in fields;
    return {
      key,
      collection: text(fields.collection, 'unknown'),
      originalKey: text(fields.key, key),
      at: text(fields.at, ''),
      reason: fields.reason === 'diverged' ? 'diverged' : 'unreadable',
      value: isWrapped ? fields.value : record,
    };
  });
  return items.sort((x, y) => y.at.localeCompare(x.at));
}

/**
 * A set-aside record as a file a person can keep: JSON of exactly what was
 * stored. Never throws, even for values JSON cannot hold (a loop, a BigInt).
 */
export function setAsideFile(item: SetAsideItem): string {
  const envelope = { format: 'our-terms-set-aside', collection: item.collection, key: item.originalKey, at: item.at, reason: item.reason };
  try {
    return JSON.stringify({ ...envelope, value: item.value }, (_, value: unknown) => (typeof value === 'bigint' ? value.toString() : value), 2);
  } catch {
    return JSON.stringify({ ...envelope, value: null, note: 'The stored value could not be written as JSON.' }, null, 2);
  }
}
