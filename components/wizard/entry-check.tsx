'use client';

import { useRouter } from 'next/navigation';
import { defaultTemplate } from '@/templates';
import { createDraft } from '@/lib/agreement/draft';
import { useNewDraft } from '../session/use-new-draft';
import { EntryCheckForm } from '../shared/entry-check-form';
import { STORAGE_MESSAGES } from '../shared/storage-banner';

/** Together on one phone: both partners answer the entry check, then a new draft is saved and opened. */
export function EntryCheck() {
  const router = useRouter();
  const saveNewDraft = useNewDraft();
  const start = async () => {
    const draft = createDraft(defaultTemplate);
    const saved = await saveNewDraft(draft);
    if (!saved.ok) return STORAGE_MESSAGES[saved.problem];
    router.push(`/draft?id=${draft.id}`);
    return null;
  };
  return <EntryCheckForm answeredBy="both" onPass={start} />;
}
