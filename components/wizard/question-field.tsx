'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import type { AppId, Question } from '@/lib/template/types';
import { settingsFor } from '@/lib/agreement/clauses';
import { AFFIRMED } from '@/lib/agreement/merge';
import { MatchingSettings } from '../shared/matching-settings';
import { DeviceSettings } from '../shared/device-settings';
import { FieldError } from '../ui/field-error';

interface Props {
  question: Question;
  field: UseFormRegisterReturn;
  value: unknown;
  error?: string;
  apps: readonly AppId[];
  /** While revising: the term in force for this question (an option id, or `true` for a commitment). */
  inForce?: string | true;
}

/** One question: a radio group for a choice, a checkbox for a fixed commitment. */
export function QuestionField({ question, field, value, error, apps, inForce }: Readonly<Props>) {
  const errorId = `${question.id}-error`;
  const helpId = `${question.id}-help`;
  const describedBy = [question.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;

  if (question.kind === 'commitment') {
    return (
      <fieldset aria-describedby={describedBy}>
        <legend>{question.prompt}</legend>
        {question.help && <p className="hint" id={helpId}>{question.help}</p>}
        <label className="choice">
          <input type="checkbox" aria-invalid={error ? true : undefined} {...field} />
          <span>
            {question.affirmation}
            {inForce === true && <span className="tag in-force">in force now</span>}
          </span>
        </label>
        <FieldError id={errorId} message={error} />
        {value === true && <MatchingSettings lines={settingsFor(question, AFFIRMED, apps)} />}
        {value === true && <DeviceSettings question={question} optionId={AFFIRMED} />}
      </fieldset>
    );
  }

  const top = question.options[question.options.length - 1];
  return (
    <fieldset aria-describedby={describedBy}>
      <legend>{question.prompt}</legend>
      {question.help && <p className="hint" id={helpId}>{question.help}</p>}
      {question.options.map((option) => (
        <label className="choice" key={option.id}>
          <input type="radio" value={option.id} aria-invalid={error ? true : undefined} {...field} />
          <span>
            {option.label}
            {option.id === top?.id && <span className="tag">(most careful)</span>}
            {option.id === inForce && <span className="tag in-force">in force now</span>}
          </span>
        </label>
      ))}
      {typeof inForce === 'string' && typeof value === 'string' && value !== inForce && (
        <p className="changed-note" role="status">
          Changed from what is in force now ({question.options.find((option) => option.id === inForce)?.label}). You will both see
          this before signing.
        </p>
      )}
      <FieldError id={errorId} message={error} />
      {typeof value === 'string' && <MatchingSettings lines={settingsFor(question, value, apps)} />}
      {typeof value === 'string' && <DeviceSettings question={question} optionId={value} />}
    </fieldset>
  );
}
