'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { APP_IDS, APP_LABELS, type AppId } from '@/lib/template/types';
import { appsSchema, nameSchema } from '@/lib/agreement/schema';
import { FieldError } from '../ui/field-error';
import { NameField } from '../shared/name-field';

const withApps = z.object({ name: nameSchema, apps: appsSchema });
const nameOnly = z.object({ name: nameSchema });
type Values = { name: string; apps?: AppId[] };

interface Props {
  /** The partner who starts also chooses the apps; the other sees them. */
  chooseApps: boolean;
  busy: boolean;
  submitLabel: string;
  onDone(values: { name: string; apps?: AppId[] }): void;
}

/** Your own name (a nickname is fine) and, for the partner who starts, the apps you both use. */
export function ApartSetup({ chooseApps, busy, submitLabel, onDone }: Readonly<Props>) {
  const { register, handleSubmit, formState, watch } = useForm<Values>({
    resolver: zodResolver(chooseApps ? withApps : nameOnly) as never,
    defaultValues: { name: '', ...(chooseApps ? { apps: ['whatsapp'] as AppId[] } : {}) },
  });
  const { errors } = formState;
  return (
    <form noValidate onSubmit={handleSubmit((values) => onDone(values))}>
      <h1>{chooseApps ? 'A few things first' : 'Your name'}</h1>
      <p className="lead">
        A first name or a nickname is fine. It appears on your agreement and is shown to your partner. It is encrypted on
        this phone before it is sent, so our server cannot read it.
      </p>
      <NameField id="apart-name" label="Your name" error={errors.name?.message} printText={watch('name') ?? ''} {...register('name')} />
      {chooseApps && (
        <fieldset aria-describedby="apps-hint apps-error">
          <legend>Which apps do you use to message each other?</legend>
          <p className="hint" id="apps-hint">
            Choose all that apply. We will show the matching settings for each.
          </p>
          {APP_IDS.map((app) => (
            <label className="choice" key={app}>
              <input type="checkbox" value={app} aria-invalid={errors.apps ? true : undefined} {...register('apps')} />
              <span>{APP_LABELS[app]}</span>
            </label>
          ))}
          <FieldError id="apps-error" message={errors.apps?.message} />
        </fieldset>
      )}
      <div className="button-row">
        <button className="button" type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
