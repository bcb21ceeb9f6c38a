'use client';

import type { InputHTMLAttributes, Ref } from 'react';
import { APP_IDS, APP_LABELS, type AppId } from '@/lib/template/types';
import { FieldError } from '../ui/field-error';

type CheckboxProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

interface Props {
  /** Each app's checkbox: a form's `register('apps')`, or a checked state and its change. */
  checkbox(app: AppId): CheckboxProps;
  error?: string;
  /** Keeps the ids of the hint and error apart where two stand on one page. */
  idPrefix?: string;
  legend?: string;
  className?: string;
}

/** Which messaging apps the couple uses: the settings shown later follow from it. */
export function AppsField({ checkbox, error, idPrefix = 'apps', legend = 'Which apps do you use to message each other?', className }: Readonly<Props>) {
  return (
    <fieldset className={className} aria-describedby={`${idPrefix}-hint ${idPrefix}-error`}>
      <legend>{legend}</legend>
      <p className="hint" id={`${idPrefix}-hint`}>
        Choose all that apply. We will show the matching settings for each.
      </p>
      {APP_IDS.map((app) => (
        <label className="choice" key={app}>
          <input type="checkbox" value={app} aria-invalid={error ? true : undefined} {...checkbox(app)} />
          <span>{APP_LABELS[app]}</span>
        </label>
      ))}
      <FieldError id={`${idPrefix}-error`} message={error} />
    </fieldset>
  );
}
