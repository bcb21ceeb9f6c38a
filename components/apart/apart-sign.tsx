'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Template } from '@/lib/template/types';
import type { PrivateAnswers } from '@/lib/agreement/schema';
import { isSameName } from '@/lib/agreement/names';
import { FieldError } from '../ui/field-error';
import { NameField } from '../shared/name-field';
import { PrivateAnswersChoice } from '../wizard/private-answers-choice';

interface Props {
  template: Template;
  name: string;
  busy: boolean;
  onSign(input: { acknowledged: string[]; typedName: string; privateAnswers: PrivateAnswers }): void;
}

/** One partner, on their own phone, ticks each acknowledgement and signs by typing their own name. */
export function ApartSign({ template, name, busy, onSign }: Readonly<Props>) {
  // The most careful choice first: first private answers stay out of every copy unless both keep them.
  const { register, handleSubmit } = useForm<{ acks: string[]; typed: string; privateAnswers: PrivateAnswers }>({
    defaultValues: { acks: [], typed: '', privateAnswers: 'leftOut' },
  });
  const [problems, setProblems] = useState<{ acks: boolean; name: boolean }>({ acks: false, name: false });
  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => {
        const acks = template.acknowledgements.every((ack) => values.acks.includes(ack.id));
        const named = isSameName(values.typed, name);
        setProblems({ acks: !acks, name: !named });
        if (acks && named) onSign({ acknowledged: values.acks, typedName: values.typed, privateAnswers: values.privateAnswers });
      })}
    >
      <h2>{name}, please read and sign</h2>
      <p>Only sign for yourself, on your own phone. Your partner signs on theirs.</p>
      <fieldset aria-describedby="acks-error">
        <legend>I understand that:</legend>
        {template.acknowledgements.map((ack) => (
          <label className="choice" key={ack.id}>
            <input type="checkbox" value={ack.id} aria-invalid={problems.acks ? true : undefined} {...register('acks')} />
            <span>{ack.text}</span>
          </label>
        ))}
        <FieldError id="acks-error" message={problems.acks ? 'Please read and tick each statement to sign.' : undefined} />
      </fieldset>
      <PrivateAnswersChoice id="apart-private-answers" field={register('privateAnswers')} />
      <NameField
        id="apart-sign"
        label={`Type your name to sign: ${name}`}
        error={problems.name ? `Please type your name exactly as “${name}” to sign.` : undefined}
        {...register('typed')}
      />
      <div className="button-row">
        <button className="button" type="submit" disabled={busy}>
          Sign as {name}
        </button>
      </div>
    </form>
  );
}
