import { COLLECTIONS, StorageError, toStorageError, type Collection, type KeyValueStore } from './store';

const DB_NAME = 'our-terms';
// Version 2 dropped a `settings` store nothing used; the upgrade removes it so the device holds only what the app names.
// Version 3 added `apart`; version 4 `settings` (the country chosen for help).
const DB_VERSION = 4;

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError('unavailable'));
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of COLLECTIONS) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      }
      const known: readonly string[] = COLLECTIONS;
      for (const name of [...db.objectStoreNames]) {
        if (!known.includes(name)) db.deleteObjectStore(name);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(toStorageError(request.error));
    request.onblocked = () => reject(new StorageError('unavailable'));
  });
}

/** The browser store. Every write is one transaction: it lands whole or not at all. */
export function createIndexedDbStore(): KeyValueStore {
  let database: Promise<IDBDatabase> | null = null;
  const db = () => (database ??= openDatabase().catch((error) => {
    database = null;
    throw toStorageError(error);
  }));

  async function run<T>(collections: Collection[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => Promise<T>): Promise<T> {
    try {
      const tx = (await db()).transaction(collections, mode);
      const done = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error);
        tx.onerror = () => reject(tx.error);
      });
      const result = await work(tx);
      await done;
      return result;
    } catch (error) {
      throw toStorageError(error);
    }
  }

  return {
    get: (collection, key) => run([collection], 'readonly', (tx) => promised(tx.objectStore(collection).get(key))),
    entries: (collection) =>
      run([collection], 'readonly', async (tx) => {
        const store = tx.objectStore(collection);
        const [keys, values] = await Promise.all([promised(store.getAllKeys()), promised(store.getAll())]);
        return keys.map((key, index): [string, unknown] => [String(key), values[index]]);
      }),
    put: (collection, key, value) =>
      run([collection], 'readwrite', async (tx) => {
        await promised(tx.objectStore(collection).put(value, key));
      }),
    delete: (collection, key) =>
      run([collection], 'readwrite', async (tx) => {
        await promised(tx.objectStore(collection).delete(key));
      }),
    clearAll: () =>
      run([...COLLECTIONS], 'readwrite', async (tx) => {
        await Promise.all(COLLECTIONS.map((name) => promised(tx.objectStore(name).clear())));
      }),
  };
}
