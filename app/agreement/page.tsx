import { Suspense } from 'react';
import { AgreementWithSync } from '@/components/apart/apart-sync';

export default function Page() {
  return (
    <Suspense fallback={<p className="muted">Opening…</p>}>
      <AgreementWithSync />
    </Suspense>
  );
}
