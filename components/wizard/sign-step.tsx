'use client';

import { useEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import type { Template } from '@/lib/template/types';
import { isSameName } from '@/lib/agreement/draft';
import type { PartnerKey, Signature } from '@/lib/agreement/schema';
import { FieldError } from '../ui/field-error';

interface Props {
  template: Template;
  partner: PartnerKey;
  name: string;
  onBack(): void;
  onSign(acknowledged: string[], signature: Signature): void;
}

function signSchema(template: Template, name: string) {
  const ids = template.acknowledgements.map((ack) => ack.id);
  return z.object({
    acks: z.array(z.string()).check(
      z.refine((list) => ids.every((id) => list.includes(id)), 'Please read and tick each statement to sign.'),
    ),
    typed: z.string().check(z.refine((value) => isSameName(value, name), `Please type your name exactly as “${name}” to sign.`)),
  });
}

/** One partner confirms the acknowledgements and signs by typing their own name. */
export function SignStep({ template, partner, name, onBack, onSign }: Readonly<Props>) {
  const schema = useMemo(() => signSchema(template, name), [template, name]);
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { acks: [], typed: '' } });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { errors } = formState;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => onSign(values.acks, { name: values.typed.trim(), at: new Date().toISOString() }))}
    >
      <h1 tabIndex={-1} ref={heading}>
        {name}, please read and sign
      </h1>
      <p className="lead">{partner === 'a' ? 'You sign first.' : 'You sign second.'} Only sign for yourself.</p>
      <fieldset aria-describedby="acks-error">
        <legend>I understand that:</legend>
        {template.acknowledgements.map((ack) => (
          <label className="choice" key={ack.id}>
            <input type="checkbox" value={ack.id} aria-invalid={errors.acks ? true : undefined} {...register('acks')} />
            <span>{ack.text}</span>
          </label>
        ))}
        <FieldError id="acks-error" message={errors.acks?.message} />
      </fieldset>
      <div className="field">
        <label htmlFor={`sign-${partner}`}>Type your name to sign: {name}</label>
        <input
          id={`sign-${partner}`}
          type="text"
          autoComplete="off"
          maxLength={40}
          aria-invalid={errors.typed ? true : undefined}
          aria-describedby={`sign-${partner}-error`}
          {...register('typed')}
        />
        <FieldError id={`sign-${partner}-error`} message={errors.typed?.message} />
      </div>
      <div className="button-row spread">
        <button className="button quiet" type="button" onClick={onBack}>
          Back
        </button>
        <button className="button" type="submit">
          Sign as {name}
        </button>
      </div>
    </form>
  );
}
