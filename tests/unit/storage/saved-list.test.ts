import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@/lib/storage/store';
import { saveAgreement, saveDraft } from '@/lib/storage/repository';
import { listSavedWork } from '@/lib/storage/saved-list';
import { createDraft } from '@/lib/agreement/draft';
import { defaultTemplate, findTemplate } from '@/templates';
import { makeAgreement, NAMES } from '../fixtures/agreement-fixture';

describe('listSavedWork', () => {
  it('summarises agreements and drafts, and counts what it set aside', async () => {
    const store = createMemoryStore();
    const agreement = makeAgreement(defaultTemplate);
    await saveAgreement(store, agreement);
    const draft = createDraft(defaultTemplate, new Date('2026-03-04T05:06:07Z'));
    await saveDraft(store, draft);
    await store.put('agreements', 'broken', { nonsense: true });

    const list = await listSavedWork(store, findTemplate);
    expect(list.setAside).toBe(1);
    expect(list.keptAside).toBe(1);
    // Listed again later, it is still counted as kept aside, though nothing new was set aside.
    expect(await listSavedWork(store, findTemplate)).toMatchObject({ setAside: 0, keptAside: 1 });
    expect(list.drafts).toEqual([{ id: draft.id, names: 'Not named yet', isRevision: false, updatedAt: draft.updatedAt }]);
    expect(list.agreements).toHaveLength(1);
    const [summary] = list.agreements;
    expect(summary).toMatchObject({ id: agreement.id, names: `${NAMES.a} and ${NAMES.b}`, version: 1 });
    expect(summary?.withdrawnAt).toBeUndefined();
    expect(summary?.review).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('an empty device lists nothing', async () => {
    expect(await listSavedWork(createMemoryStore(), findTemplate)).toEqual({ agreements: [], drafts: [], setAside: 0, keptAside: 0 });
  });
});
