'use client';

import { useId } from 'react';
import { countryGroup, helpForNeeds } from '@/lib/template/help';
import type { ResourceNeed, TemplateHelp } from '@/lib/template/types';
import { useCountry } from '../session/use-country';
import { ResourceList } from './resource-list';

/** Where the person is, chosen on this device and kept only here. */
export function CountryPicker({ help }: Readonly<{ help: Pick<TemplateHelp, 'countries'> }>) {
  const id = useId();
  const [country, choose] = useCountry();
  return (
    <div className="field">
      <label htmlFor={id}>Where are you?</label>
      <select className="select" id={id} value={country ?? ''} onChange={(event) => choose(event.target.value || null)}>
        <option value="">Choose a country</option>
        {help.countries.map((group) => (
          <option key={group.code} value={group.code}>
            {group.name}
          </option>
        ))}
      </select>
      <p className="small muted">Kept on this device only, to show help that works where you are. It is never sent anywhere.</p>
    </div>
  );
}

/**
 * Help for some needs in the chosen country, then what works anywhere (StopNCII,
 * Take It Down, the local emergency number). A country with no checked service
 * says so kindly instead of guessing.
 */
export function CountryHelp({ help, needs }: Readonly<{ help: Pick<TemplateHelp, 'anywhere' | 'countries'>; needs: readonly ResourceNeed[] }>) {
  const [country] = useCountry();
  const group = countryGroup(help, country ?? undefined);
  return (
    <>
      {group?.gapNote && <p className="small">{group.gapNote}</p>}
      <ResourceList resources={helpForNeeds(help, country ?? undefined, needs)} />
    </>
  );
}
