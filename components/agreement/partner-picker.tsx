'use client';

import { PARTNERS, type PartnerKey } from '@/lib/agreement/schema';

interface Props {
  legend: string;
  name: string;
  names: Readonly<Record<PartnerKey, string>>;
  value: PartnerKey | null;
  onChange(partner: PartnerKey): void;
  /** On a partner's own phone: only them (the other acts from their own phone). */
  only?: PartnerKey | null;
}

/** "Who is doing this?": each partner acts for themself, so the app asks, never assumes. */
export function PartnerPicker({ legend, name, names, value, onChange, only }: Readonly<Props>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {(only ? [only] : PARTNERS).map((key) => (
        <label className="choice" key={key}>
          <input type="radio" name={name} checked={(only ?? value) === key} onChange={() => onChange(key)} />
          <span>{names[key]}</span>
        </label>
      ))}
    </fieldset>
  );
}
