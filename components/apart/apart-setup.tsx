'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import type { AppId } from '@/lib/template/types';
import { appsSchema, nameSchema } from '@/lib/agreement/schema';
import { NameField } from '../shared/name-field';
import { AppsField } from '../shared/apps-field';

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
      {chooseApps && <AppsField checkbox={() => register('apps')} error={errors.apps?.message} />}
      <div className="button-row">
        <button className="button" type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
