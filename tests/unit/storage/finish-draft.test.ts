import { describe, expect, it } from 'vitest';
import { finishDraft } from '../../../lib/storage/finish-draft';
import { loadAgreements, loadDraft, saveAgreement, saveDraft } from '../../../lib/storage/repository';
import { createMemoryStore, type KeyValueStore } from '../../../lib/storage/store';
import { readyToSign, signedDraft as toSigned, type SignedDraft } from '../../../lib/agreement/draft';
import { startRevision } from '../../../lib/agreement/draft-flow';
import type { Draft } from '../../../lib/agreement/schema';
import { makeAgreement, signedDraft } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const NOW = new Date('2025-02-01T08:00:00.000Z');

function signed(draft: Draft): SignedDraft {
  const ready = readyToSign(template, draft);
  if (!ready.ok) throw new Error(ready.problem);
  const result = toSigned(ready.ready);
  if (!result.ok) throw new Error(result.problem);
  return result.signed;
}

const quotaError = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));

describe('finishDraft', () => {
  it('saves version 1 and removes the draft', async () => {
    const store = createMemoryStore();
    const draft = signedDraft(template);
    await saveDraft(store, draft);
    const result = await finishDraft(store, template, signed(draft), NOW);
    expect(result).toMatchObject({ ok: true, draftKept: false });
    expect((await loadAgreements(store)).items).toHaveLength(1);
    expect(await loadDraft(store, draft.id)).toEqual({ found: false, setAside: false });
  });

  it('loses nothing when saving the agreement fails: the draft stays', async () => {
    const inner = createMemoryStore();
    const draft = signedDraft(template);
    await saveDraft(inner, draft);
    const full: KeyValueStore = { ...inner, put: quotaError, delete: () => Promise.reject(new Error('must not delete first')) };
    expect(await finishDraft(full, template, signed(draft), NOW)).toEqual({ ok: false, problem: 'quota' });
    expect(await loadDraft(inner, draft.id)).toEqual({ found: true, item: draft });
    expect((await loadAgreements(inner)).items).toEqual([]);
  });

  it('loses nothing when removing the draft fails: the agreement is saved and the draft kept', async () => {
    const inner = createMemoryStore();
    const draft = signedDraft(template);
    await saveDraft(inner, draft);
    const stuck: KeyValueStore = { ...inner, delete: quotaError };
    const result = await finishDraft(stuck, template, signed(draft), NOW);
    expect(result).toMatchObject({ ok: true, draftKept: true });
    expect((await loadAgreements(inner)).items).toHaveLength(1);
    expect(await loadDraft(inner, draft.id)).toEqual({ found: true, item: draft });
  });

  it('adds a revision as the next version, and refuses one whose agreement is gone', async () => {
    const store = createMemoryStore();
    const agreement = makeAgreement();
    await saveAgreement(store, agreement);
    const started = startRevision(template, agreement, NOW);
    if (!started.ok) throw new Error(started.problem);
    const revision: Draft = { ...signedDraft(template), id: started.draft.id, revisionOf: started.draft.revisionOf };
    const result = await finishDraft(store, template, signed(revision), NOW);
    expect(result.ok && result.agreement.versions.map((version) => version.version)).toEqual([1, 2]);
    const elsewhere = await finishDraft(createMemoryStore(), template, signed(revision), NOW);
    expect(elsewhere).toEqual({ ok: false, problem: 'missing' });
  });
});

describe('finishDraft on a draft left behind', () => {
  it('finishes into the same agreement again, never a second copy, and retries the removal', async () => {
    const inner = createMemoryStore();
    const draft = signedDraft(template);
    await saveDraft(inner, draft);
    const stuck: KeyValueStore = { ...inner, delete: quotaError };
    const first = await finishDraft(stuck, template, signed(draft), NOW);
    expect(first).toMatchObject({ ok: true, draftKept: true });
    const again = await finishDraft(inner, template, signed(draft), new Date('2025-02-02T08:00:00.000Z'));
    expect(again).toMatchObject({ ok: true, draftKept: false });
    const { items } = await loadAgreements(inner);
    expect(items).toHaveLength(1);
    expect(items[0]?.versions).toHaveLength(1);
    expect(first.ok && again.ok && again.agreement).toEqual(first.ok && first.agreement);
    expect(await loadDraft(inner, draft.id)).toEqual({ found: false, setAside: false });
  });

  it('a revision finished twice adds one version, not two', async () => {
    const inner = createMemoryStore();
    const agreement = makeAgreement();
    await saveAgreement(inner, agreement);
    const started = startRevision(template, agreement, NOW);
    if (!started.ok) throw new Error(started.problem);
    const revision: Draft = { ...signedDraft(template), id: started.draft.id, revisionOf: started.draft.revisionOf };
    await saveDraft(inner, revision);
    const stuck: KeyValueStore = { ...inner, delete: quotaError };
    expect(await finishDraft(stuck, template, signed(revision), NOW)).toMatchObject({ ok: true, draftKept: true });
    const again = await finishDraft(inner, template, signed(revision), NOW);
    expect(again).toMatchObject({ ok: true, draftKept: false });
    expect(again.ok && again.agreement.versions.map((version) => version.version)).toEqual([1, 2]);
  });
});
