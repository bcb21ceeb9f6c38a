import { Suspense } from 'react';
import { AgreementPage } from '@/components/agreement/agreement-page';
import { ApartSync } from '@/components/apart/apart-sync';

export default function Page() {
  return (
    <Suspense fallback={<p className="muted">Opening…</p>}>
      <ApartSync />
      <AgreementPage />
    </Suspense>
  );
}
