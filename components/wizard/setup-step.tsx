'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { appsSchema, nameSchema, PARTNERS, type Draft } from '@/lib/agreement/schema';
import { isSameName } from '@/lib/agreement/names';
import type { SetupValues as FlowSetup } from '@/lib/agreement/draft-flow';
import { NameField } from '../shared/name-field';
import { AppsField } from '../shared/apps-field';

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
  onDone(values: FlowSetup): void;
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
      {PARTNERS.map((partner) => (
        <NameField
          key={partner}
          id={`name-${partner}`}
          label={partner === 'a' ? 'First person' : 'Second person'}
          error={errors[partner]?.message}
          printText={watch(partner) ?? ''}
          {...register(partner)}
        />
      ))}
      <AppsField checkbox={() => register('apps')} error={errors.apps?.message} />
      <div className="button-row">
        <button className="button" type="submit">
          Continue
        </button>
      </div>
    </form>
  );
}
