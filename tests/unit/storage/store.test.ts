import { describe, expect, it } from 'vitest';
import { toStorageError } from '@/lib/storage/store';
import { createMemoryStore } from '@/lib/storage/store';
import { loadAgreement } from '@/lib/storage/repository';

describe('storage failures, in words a person can act on', () => {
  it('a database left by a newer app version is its own kind, not "please try again"', () => {
    expect(toStorageError(new DOMException('The requested version is less than the existing version.', 'VersionError')).kind).toBe('newerApp');
    expect(toStorageError(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
    expect(toStorageError(new Error('anything')).kind).toBe('failed');
  });

  it('a damaged record opened again by its link is still announced as set aside, not as missing', async () => {
    const store = createMemoryStore();
    await store.put('agreements', 'abc', { damaged: true });
    expect(await loadAgreement(store, 'abc')).toEqual({ found: false, setAside: true });
    expect(await loadAgreement(store, 'abc')).toEqual({ found: false, setAside: true });
    expect(await loadAgreement(store, 'other')).toEqual({ found: false, setAside: false });
  });
});
