import { Suspense } from 'react';
import { AgreementPage } from '@/components/agreement/agreement-page';

export default function Page() {
  return (
    <Suspense fallback={<p className="muted">Opening…</p>}>
      <AgreementPage />
    </Suspense>
  );
}
