import { Suspense } from 'react';
import { ApartJourney } from '@/components/apart/apart-journey';

export default function ApartSessionPage() {
  return (
    <Suspense fallback={<p className="muted">Opening…</p>}>
      <ApartJourney />
    </Suspense>
  );
}
