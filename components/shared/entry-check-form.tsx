'use client';

import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { useState } from 'react';
import { entryOutcome } from '@/lib/agreement/entry-check';
import { FieldError } from '../ui/field-error';
import { ProblemMessage } from './storage-banner';

const answer = z.enum(['yes', 'no'], { error: 'Please answer this question.' });
const entrySchema = z.object({ adults: answer, freely: answer, safeNow: answer });
type EntryAnswers = z.infer<typeof entrySchema>;

/** Who answers on this phone: both partners holding it together, or only this phone's partner. */
export type EntryAnsweredBy = 'both' | 'me';

/** Words that differ by who answers on this phone. */
type ByWho = Readonly<Record<EntryAnsweredBy, string>>;

interface Question {
  readonly id: keyof EntryAnswers;
  readonly prompt: ByWho;
  readonly hint: ByWho;
  readonly yes: ByWho;
  readonly no: ByWho;
}

const same = (words: string): ByWho => ({ both: words, me: words });

// On their own phone each partner answers for themself; the other answers the same on theirs.
const LEAD: ByWho = {
  both: 'Three quick questions, answered together. Please be honest: a “no” is completely OK.',
  me: 'Three quick questions, for you on this phone. Your partner answers them on theirs. A “no” is completely OK.',
};

const QUESTIONS: readonly Question[] = [
  {
    id: 'adults',
    prompt: { both: 'Are you both 18 or over?', me: 'Are you and your partner both 18 or over?' },
    hint: same("This app is only for adults. If you're under 18, the next page has help made for young people, and you're not in trouble for asking."),
    yes: same('Yes, we are both 18 or over'),
    no: { both: 'No, or we are not sure', me: 'No, or I am not sure' },
  },
  {
    id: 'freely',
    prompt: { both: 'Is each of you choosing to do this freely?', me: 'Are you choosing to do this freely?' },
    hint: same('Nobody should be talked, pushed or guilted into this. It is fine not to want to.'),
    yes: { both: 'Yes, we both want to', me: 'Yes, I want to' },
    no: { both: 'No, or one of us is unsure', me: 'No, or I am unsure' },
  },
  {
    id: 'safeNow',
    prompt: same('Is it safe for you to do this right now?'),
    hint: {
      both: 'For example: nobody is pressuring either of you, watching over your shoulder, or checking your phone.',
      me: 'For example: nobody is pressuring you, watching over your shoulder, or checking your phone.',
    },
    yes: same('Yes, it is safe right now'),
    no: same('No, or not sure'),
  },
];

interface Props {
  answeredBy: EntryAnsweredBy;
  /** Every answer was "yes". A message comes back when going on failed (nothing was saved). */
  onPass(): Promise<string | null> | void;
}

/** The first step, before anything else: any single "no" ends it at once with support, and nothing is saved. */
export function EntryCheckForm({ answeredBy, onPass }: Readonly<Props>) {
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const { register, handleSubmit, formState, getValues } = useForm<EntryAnswers>({ resolver: zodResolver(entrySchema) });

  const onSubmit = async (values: EntryAnswers) => {
    const outcome = entryOutcome(values);
    if (outcome.kind === 'stop') return router.push(`/support?for=${outcome.support}`);
    setProblem((await onPass()) ?? null);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        // A single "no" ends the check at once: the other answers are never demanded.
        const outcome = entryOutcome(getValues());
        if (outcome.kind === 'stop') {
          event.preventDefault();
          return router.push(`/support?for=${outcome.support}`);
        }
        return handleSubmit(onSubmit)(event);
      }}
    >
      <h1>Before you start</h1>
      <p className="lead">{LEAD[answeredBy]}</p>
      {QUESTIONS.map((question) => {
        const error = formState.errors[question.id]?.message;
        const errorId = `${question.id}-error`;
        return (
          <fieldset key={question.id} aria-describedby={`${question.id}-hint${error ? ` ${errorId}` : ''}`}>
            <legend>{question.prompt[answeredBy]}</legend>
            <p className="hint" id={`${question.id}-hint`}>
              {question.hint[answeredBy]}
            </p>
            {(['yes', 'no'] as const).map((value) => (
              <label className="choice" key={value}>
                <input type="radio" value={value} aria-invalid={error ? true : undefined} {...register(question.id)} />
                <span>{question[value][answeredBy]}</span>
              </label>
            ))}
            <FieldError id={errorId} message={error} />
          </fieldset>
        );
      })}
      <ProblemMessage message={problem} />
      <div className="button-row">
        <button className="button" type="submit" disabled={formState.isSubmitting}>
          Continue
        </button>
      </div>
    </form>
  );
}
