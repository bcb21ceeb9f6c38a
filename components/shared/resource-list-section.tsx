'use client';

import { useState } from 'react';
import type { Section } from '@/lib/template/types';
import { defaultTemplate } from '@/templates';
import { CountryHelp, CountryPicker } from './resource-list-country';

/**
 * Help beside a section ("If something goes wrong"), for the country chosen on
 * this device. Help lines are current information, not signed terms, so the
 * newest template's help is shown for any version. Its content renders only
 * once opened: most steps never open it, and a step change should not pay for it.
 */
export function SectionHelp({ section, title = 'Help where you are' }: Readonly<{ section: Pick<Section, 'id' | 'helpNeeds'>; title?: string }>) {
  const [open, setOpen] = useState(false);
  const help = defaultTemplate.help;
  if (!help || !section.helpNeeds || section.helpNeeds.length === 0) return null;
  return (
    <details className="section-help" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{title}</summary>
      {open && (
        <>
          <CountryPicker help={help} />
          <CountryHelp help={help} needs={section.helpNeeds} />
        </>
      )}
    </details>
  );
}
