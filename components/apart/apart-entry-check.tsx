'use client';

import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { FieldError } from '../ui/field-error';

const answer = z.enum(['yes', 'no'], { error: 'Please answer this question.' });
const entrySchema = z.object({ adults: answer, freely: answer, safeNow: answer });
type EntryAnswers = z.infer<typeof entrySchema>;

// On their own phone each partner answers for themself; the other answers the same on theirs.
const QUESTIONS: ReadonlyArray<{ id: keyof EntryAnswers; prompt: string; hint: string; yes: string; no: string }> = [
  {
    id: 'adults',
    prompt: 'Are you and your partner both 18 or over?',
    hint: 'This app is only for adults. Intimate images of anyone under 18 are illegal, even if they took them themselves.',
    yes: 'Yes, we are both 18 or over',
    no: 'No, or I am not sure',
  },
  {
    id: 'freely',
    prompt: 'Are you choosing to do this freely?',
    hint: 'Nobody should be talked, pushed or guilted into this. It is fine not to want to.',
    yes: 'Yes, I want to',
    no: 'No, or I am unsure',
  },
  {
    id: 'safeNow',
    prompt: 'Is it safe for you to do this right now?',
    hint: 'For example: nobody is pressuring you, watching over your shoulder, or checking your phone.',
    yes: 'Yes, it is safe right now',
    no: 'No, or not sure',
  },
];

/** The same three questions as on one phone, answered by each partner on their own device. Any "no" ends with support. */
export function ApartEntryCheck({ onPass }: Readonly<{ onPass(): void }>) {
  const router = useRouter();
  const { register, handleSubmit, formState } = useForm<EntryAnswers>({ resolver: zodResolver(entrySchema) });
  const onSubmit = (values: EntryAnswers) => {
    if (values.adults === 'no') return router.push('/support?for=age');
    if (values.freely === 'no' || values.safeNow === 'no') return router.push('/support?for=pressure');
    onPass();
  };
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <h1>Before you start</h1>
      <p className="lead">Three quick questions, for you on this phone. Your partner answers them on theirs. A “no” is completely OK.</p>
      {QUESTIONS.map((question) => {
        const error = formState.errors[question.id]?.message;
        const errorId = `${question.id}-error`;
        return (
          <fieldset key={question.id} aria-describedby={`${question.id}-hint${error ? ` ${errorId}` : ''}`}>
            <legend>{question.prompt}</legend>
            <p className="hint" id={`${question.id}-hint`}>
              {question.hint}
            </p>
            {(['yes', 'no'] as const).map((value) => (
              <label className="choice" key={value}>
                <input type="radio" value={value} aria-invalid={error ? true : undefined} {...register(question.id)} />
                <span>{value === 'yes' ? question.yes : question.no}</span>
              </label>
            ))}
            <FieldError id={errorId} message={error} />
          </fieldset>
        );
      })}
      <div className="button-row">
        <button className="button" type="submit">
          Continue
        </button>
      </div>
    </form>
  );
}
