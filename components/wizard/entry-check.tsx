'use client';

import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod/mini';
import { useState } from 'react';
import { defaultTemplate } from '@/templates';
import { createDraft } from '@/lib/agreement/draft';
import { entryOutcome } from '@/lib/agreement/entry-check';
import { useNewDraft } from '../session/use-new-draft';
import { FieldError } from '../ui/field-error';
import { ProblemMessage, STORAGE_MESSAGES } from '../shared/storage-banner';

const answer = z.enum(['yes', 'no'], { error: 'Please answer this question.' });
const entrySchema = z.object({ adults: answer, freely: answer, safeNow: answer });
type EntryAnswers = z.infer<typeof entrySchema>;

const QUESTIONS: ReadonlyArray<{ id: keyof EntryAnswers; prompt: string; hint: string; yes: string; no: string }> = [
  {
    id: 'adults',
    prompt: 'Are you both 18 or over?',
    hint: "This app is only for adults. If you're under 18, the next page has help made for young people, and you're not in trouble for asking.",
    yes: 'Yes, we are both 18 or over',
    no: 'No, or we are not sure',
  },
  {
    id: 'freely',
    prompt: 'Is each of you choosing to do this freely?',
    hint: 'Nobody should be talked, pushed or guilted into this. It is fine not to want to.',
    yes: 'Yes, we both want to',
    no: 'No, or one of us is unsure',
  },
  {
    id: 'safeNow',
    prompt: 'Is it safe for you to do this right now?',
    hint: 'For example: nobody is pressuring either of you, watching over your shoulder, or checking your phone.',
    yes: 'Yes, it is safe right now',
    no: 'No, or not sure',
  },
];

/** The first step, before anything else: any "no" ends the flow with support, and nothing is saved. */
export function EntryCheck() {
  const router = useRouter();
  const saveNewDraft = useNewDraft();
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, handleSubmit, formState, getValues } = useForm<EntryAnswers>({ resolver: zodResolver(entrySchema) });

  const onSubmit = async (values: EntryAnswers) => {
    const outcome = entryOutcome(values);
    if (outcome.kind === 'stop') return router.push(`/support?for=${outcome.support}`);
    const draft = createDraft(defaultTemplate);
    const saved = await saveNewDraft(draft);
    if (!saved.ok) return setSaveError(STORAGE_MESSAGES[saved.problem]);
    router.push(`/draft?id=${draft.id}`);
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
      <p className="lead">Three quick questions, answered together. Please be honest: a “no” is completely OK.</p>
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
      <ProblemMessage message={saveError} />
      <div className="button-row">
        <button className="button" type="submit" disabled={formState.isSubmitting}>
          Continue
        </button>
      </div>
    </form>
  );
}
