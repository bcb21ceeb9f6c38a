'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import type { AppId, Question } from '@/lib/template/types';
import { settingsFor } from '@/lib/agreement/clauses';
import { AFFIRMED } from '@/lib/agreement/merge';
import type { EarlierAnswer } from '@/lib/agreement/upgrade';
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
  /** While moving to newer questions: this question is new, or what they had agreed in the earlier words. */
  earlier?: EarlierAnswer;
}

/** What they had agreed, in the words they signed, shown before the options now. */
function EarlierNote({ id, earlier }: Readonly<{ id: string; earlier: Extract<EarlierAnswer, { kind: 'earlier' }> }>) {
  return (
    <div className="changed-note earlier-answer" id={id}>
      <p>
        You had agreed: “{earlier.words}”
      </p>
      {earlier.why && <p className="small">What changed: {earlier.why}</p>}
      {earlier.added.length > 0 && (
        <p className="small">
          {earlier.added.length === 1 ? 'A new option' : 'New options'}: {earlier.added.join('; ')}.
        </p>
      )}
    </div>
  );
}

function NewTag({ earlier }: Readonly<{ earlier?: EarlierAnswer }>) {
  return earlier?.kind === 'new' ? <span className="tag in-force">new question</span> : null;
}

/** One question: a radio group for a choice, a checkbox for a fixed commitment. */
export function QuestionField({ question, field, value, error, apps, inForce, earlier }: Readonly<Props>) {
  const errorId = `${question.id}-error`;
  const helpId = `${question.id}-help`;
  const earlierId = `${question.id}-earlier`;
  const before = earlier?.kind === 'earlier' ? earlier : undefined;
  const describedBy = [before ? earlierId : '', question.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  // Moving to newer questions, the option marked is the nearest to what they signed, not the signed words themselves.
  const inForceTag = before ? 'closest to what you had' : 'in force now';

  if (question.kind === 'commitment') {
    return (
      <fieldset aria-describedby={describedBy}>
        <legend>
          {question.prompt}
          <NewTag earlier={earlier} />
        </legend>
        {question.help && <p className="hint" id={helpId}>{question.help}</p>}
        {before && <EarlierNote id={earlierId} earlier={before} />}
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
      <legend>
        {question.prompt}
        <NewTag earlier={earlier} />
      </legend>
      {question.help && <p className="hint" id={helpId}>{question.help}</p>}
      {before && <EarlierNote id={earlierId} earlier={before} />}
      {question.options.map((option) => (
        <label className="choice" key={option.id}>
          <input type="radio" value={option.id} aria-invalid={error ? true : undefined} {...field} />
          <span>
            {option.label}
            {option.id === top?.id && <span className="tag">(most careful)</span>}
            {(option.id === inForce || option.id === before?.nearest) && <span className="tag in-force">{inForceTag}</span>}
          </span>
        </label>
      ))}
      {typeof inForce === 'string' && typeof value === 'string' && value !== inForce && (
        <p className="changed-note" role="status">
          Changed from {before ? 'the closest to what you had agreed' : 'what is in force now'} ({question.options.find((option) => option.id === inForce)?.label}).
          You will both see this before signing.
        </p>
      )}
      <FieldError id={errorId} message={error} />
      {typeof value === 'string' && <MatchingSettings lines={settingsFor(question, value, apps)} />}
      {typeof value === 'string' && <DeviceSettings question={question} optionId={value} />}
    </fieldset>
  );
}
