'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { APP_IDS, APP_LABELS } from '@/lib/template/types';
import { FieldError } from '../ui/field-error';

/** Which messaging apps the couple uses: the settings shown later follow from it. */
export function AppsField({ registration, error }: Readonly<{ registration: UseFormRegisterReturn<'apps'>; error?: string }>) {
  return (
    <fieldset aria-describedby="apps-hint apps-error">
      <legend>Which apps do you use to message each other?</legend>
      <p className="hint" id="apps-hint">
        Choose all that apply. We will show the matching settings for each.
      </p>
      {APP_IDS.map((app) => (
        <label className="choice" key={app}>
          <input type="checkbox" value={app} aria-invalid={error ? true : undefined} {...registration} />
          <span>{APP_LABELS[app]}</span>
        </label>
      ))}
      <FieldError id="apps-error" message={error} />
    </fieldset>
  );
}
