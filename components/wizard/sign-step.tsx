'use client';

import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Template } from '@/lib/template/types';
import type { SignAsProblem, SignInput } from '@/lib/agreement/draft-flow';
import type { PartnerKey, PrivateAnswers } from '@/lib/agreement/schema';
import { FieldError } from '../ui/field-error';
import { NameField } from '../shared/name-field';
import { ProblemMessage } from '../shared/storage-banner';
import { PrivateAnswersChoice } from './private-answers-choice';
import { TypedNameNote } from '../shared/typed-name-note';

interface Props {
  template: Template;
  partner: PartnerKey;
  name: string;
  onBack(): void;
  /** Signs through the draft flow, which checks everything once; returns every reason it refused (none once signed). */
  onSign(input: SignInput): readonly SignAsProblem[];
}

interface Values {
  acks: string[];
  typed: string;
  privateAnswers: PrivateAnswers;
}

/** One partner confirms the acknowledgements and signs by typing their own name. */
export function SignStep({ template, partner, name, onBack, onSign }: Readonly<Props>) {
  const { register, handleSubmit } = useForm<Values>({ defaultValues: { acks: [], typed: '', privateAnswers: 'leftOut' } });
  const [problems, setProblems] = useState<readonly SignAsProblem[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const messages: Readonly<Record<SignAsProblem, string>> = {
    acknowledgements: 'Please read and tick each statement to sign.',
    name: `Please type your name exactly as “${name}” to sign.`,
    order: 'The first person signs first. Please go back and start signing again.',
  };

  return (
    <form noValidate onSubmit={handleSubmit((values) => setProblems(onSign({ acknowledged: values.acks, typedName: values.typed, privateAnswers: values.privateAnswers })))}>
      <h1 tabIndex={-1} ref={heading}>
        {name}, please read and sign
      </h1>
      <p className="lead">{partner === 'a' ? 'You sign first.' : 'You sign second.'} Only sign for yourself.</p>
      <fieldset aria-describedby="acks-error">
        <legend>I understand that:</legend>
        {template.acknowledgements.map((ack) => (
          <label className="choice" key={ack.id}>
            <input type="checkbox" value={ack.id} aria-invalid={problems.includes('acknowledgements') ? true : undefined} {...register('acks')} />
            <span>{ack.text}</span>
          </label>
        ))}
        <FieldError id="acks-error" message={problems.includes('acknowledgements') ? messages.acknowledgements : undefined} />
      </fieldset>
      <PrivateAnswersChoice id={`private-answers-${partner}`} field={register('privateAnswers')} />
      <NameField
        id={`sign-${partner}`}
        label={`Type your name to sign: ${name}`}
        error={problems.includes('name') ? messages.name : undefined}
        {...register('typed')}
      />
      <TypedNameNote id={`sign-${partner}-note`} name={name} />
      <ProblemMessage message={problems.includes('order') ? messages.order : null} />
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
