import { Suspense } from 'react';
import { DraftWizard } from '@/components/wizard/draft-wizard';

export default function DraftPage() {
  return (
    <Suspense fallback={<p className="muted">Opening…</p>}>
      <DraftWizard />
    </Suspense>
  );
}
