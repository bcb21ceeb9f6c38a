/** A tiny key-value store over named collections. IndexedDB in the browser, memory in tests. */
// `apart`: a device's own part in an agreement made on two phones (its keys and its answers so far).
export const COLLECTIONS = ['drafts', 'agreements', 'setaside', 'apart', 'settings'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export interface KeyValueStore {
  get(collection: Collection, key: string): Promise<unknown>;
  entries(collection: Collection): Promise<Array<[string, unknown]>>;
  put(collection: Collection, key: string, value: unknown): Promise<void>;
  delete(collection: Collection, key: string): Promise<void>;
  /** Removes everything this app stores on the device. */
  clearAll(): Promise<void>;
}

/** `newerApp`: the data on this device was saved by a newer version of the app, which this one cannot open. */
export type StorageErrorKind = 'unavailable' | 'quota' | 'failed' | 'newerApp';

/** A storage failure; the UI says what it means for the person (see its message map). */
export class StorageError extends Error {
  constructor(readonly kind: StorageErrorKind, cause?: unknown) {
    super(`Storage ${kind}`, { cause });
    this.name = 'StorageError';
  }
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return new StorageError('quota', error);
  if (name === 'VersionError') return new StorageError('newerApp', error);
  if (name === 'SecurityError' || name === 'InvalidStateError') return new StorageError('unavailable', error);
  return new StorageError('failed', error);
}

/** In-memory store: for tests, and as the fallback when the browser refuses storage. */
export function createMemoryStore(): KeyValueStore {
  const data = new Map<Collection, Map<string, unknown>>(COLLECTIONS.map((name) => [name, new Map()]));
  const bucket = (collection: Collection) => data.get(collection) as Map<string, unknown>;
  // Values are cloned, as IndexedDB does, so callers cannot mutate what is stored.
  return {
    async get(collection, key) {
      const value = bucket(collection).get(key);
      return value === undefined ? undefined : structuredClone(value);
    },
    async entries(collection) {
      return [...bucket(collection)].map(([key, value]) => [key, structuredClone(value)]);
    },
    async put(collection, key, value) {
      bucket(collection).set(key, structuredClone(value));
    },
    async delete(collection, key) {
      bucket(collection).delete(key);
    },
    async clearAll() {
      for (const name of COLLECTIONS) bucket(name).clear();
    },
  };
}

/**
 * Uses `primary` until the browser refuses storage altogether (private mode,
 * blocked site data); from then on keeps working in memory and says so once.
 * Quota and other write errors are not hidden: they still reach the caller.
 */
export function withMemoryFallback(primary: KeyValueStore, onFallback: () => void): KeyValueStore {
  let active = primary;
  let fellBack = false;
  const call = async <T>(work: (store: KeyValueStore) => Promise<T>): Promise<T> => {
    try {
      return await work(active);
    } catch (error) {
      const storageError = toStorageError(error);
      if (storageError.kind !== 'unavailable' || fellBack) throw storageError;
      fellBack = true;
      active = createMemoryStore();
      onFallback();
      return work(active);
    }
  };
  return {
    get: (collection, key) => call((store) => store.get(collection, key)),
    entries: (collection) => call((store) => store.entries(collection)),
    put: (collection, key, value) => call((store) => store.put(collection, key, value)),
    delete: (collection, key) => call((store) => store.delete(collection, key)),
    clearAll: () => call((store) => store.clearAll()),
  };
}
