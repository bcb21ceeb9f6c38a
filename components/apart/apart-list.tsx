'use client';

import Link from 'next/link';
import { useApartList } from '../session/use-apart-list';

/** Agreements being made on two phones that this phone takes part in, to come back to. */
export function ApartList() {
  const list = useApartList();
  if (list.status !== 'ready') return null;
  const open = list.items.filter((item) => !item.agreementId && !item.gone);
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="apart-list-heading">
      <h2 id="apart-list-heading">In progress on two phones</h2>
      <ul className="list-plain">
        {open.map((item) => (
          <li key={item.id}>
            <Link href={`/apart/session?id=${item.id}`}>Carry on as {item.myName}</Link>{' '}
            <span className="small muted">(started {new Date(item.createdAt).toLocaleDateString()})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
