'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { APP_IDS, APP_LABELS, type AppId } from '@/lib/template/types';
import { appsSchema, nameSchema, type Draft } from '@/lib/agreement/schema';
import { isSameName } from '@/lib/agreement/draft';
import { FieldError } from '../ui/field-error';
import { PrintHint } from '../ui/print-hint';

const setupSchema = z
  .object({ a: nameSchema, b: nameSchema, apps: appsSchema })
  .check(
    z.refine((value) => !isSameName(value.a, value.b), {
      message: 'Please use two different names, so each of you can sign as yourself.',
      path: ['b'],
    }),
  );
type SetupValues = z.infer<typeof setupSchema>;

interface Props {
  draft: Draft;
  onDone(values: { partners: NonNullable<Draft['partners']>; apps: AppId[] }): void;
}

/** Names (a nickname is fine) and the apps the couple uses. */
export function SetupStep({ draft, onDone }: Readonly<Props>) {
  const { register, handleSubmit, formState, watch } = useForm<z.input<typeof setupSchema>, unknown, SetupValues>({
    resolver: zodResolver(setupSchema),
    defaultValues: {
      a: draft.partners?.a.name ?? '',
      b: draft.partners?.b.name ?? '',
      apps: draft.apps ?? ['whatsapp'],
    },
  });
  const { errors } = formState;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => onDone({ partners: { a: { name: values.a }, b: { name: values.b } }, apps: values.apps }))}
    >
      <h1>Who is this agreement between?</h1>
      <p className="lead">A first name or a nickname is fine. These names appear on your agreement and nowhere else.</p>
      {(['a', 'b'] as const).map((partner) => (
        <div className="field" key={partner}>
          <label htmlFor={`name-${partner}`}>{partner === 'a' ? 'First person' : 'Second person'}</label>
          <input
            id={`name-${partner}`}
            type="text"
            autoComplete="off"
            maxLength={40}
            aria-invalid={errors[partner] ? true : undefined}
            aria-describedby={`name-${partner}-error name-${partner}-print`}
            {...register(partner)}
          />
          <FieldError id={`name-${partner}-error`} message={errors[partner]?.message} />
          <PrintHint id={`name-${partner}-print`} text={watch(partner) ?? ''} />
        </div>
      ))}
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
      <div className="button-row">
        <button className="button" type="submit">
          Continue
        </button>
      </div>
    </form>
  );
}
