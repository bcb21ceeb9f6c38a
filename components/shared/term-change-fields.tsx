'use client';

import type { ChoiceQuestion, Option } from '@/lib/template/types';
import type { SignedTerm } from '@/lib/agreement/schema';
import { findOption } from '@/lib/agreement/merge';

/** A term and the option to make it; empty strings until chosen. */
export interface TermChange {
  readonly questionId: string;
  readonly optionId: string;
}

export const NO_CHANGE: TermChange = { questionId: '', optionId: '' };

interface Props {
  /** Keeps the ids of two of these on one page apart. */
  idPrefix: string;
  /** The terms that can change this way. */
  questions: readonly ChoiceQuestion[];
  /** The terms in force now. */
  terms: readonly SignedTerm[];
  /** Which options of the chosen term are offered, given the one in force. */
  offered(question: ChoiceQuestion, current: Option | undefined): readonly Option[];
  legend: string;
  value: TermChange;
  onChange(value: TermChange): void;
}

/** Which term to change and what to make it, beside what is in force now. */
export function TermChangeFields({ idPrefix, questions, terms, offered, legend, value, onChange }: Readonly<Props>) {
  const question = questions.find((item) => item.id === value.questionId);
  const current = question ? findOption(question, terms.find((term) => term.questionId === question.id)?.optionId ?? '') : undefined;
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-question`}>Which term?</label>
        <select id={`${idPrefix}-question`} className="select" value={value.questionId} onChange={(event) => onChange({ questionId: event.target.value, optionId: '' })}>
          <option value="">Choose a term</option>
          {questions.map((item) => (
            <option key={item.id} value={item.id}>
              {item.short}
            </option>
          ))}
        </select>
      </div>
      {question && (
        <fieldset aria-describedby={current ? `${idPrefix}-now` : undefined}>
          <legend>{legend}</legend>
          {current && (
            <p className="hint" id={`${idPrefix}-now`}>
              In force now: {current.label}
            </p>
          )}
          {offered(question, current).map((option) => (
            <label className="choice" key={option.id}>
              <input type="radio" name={`${idPrefix}-option`} checked={value.optionId === option.id} onChange={() => onChange({ ...value, optionId: option.id })} />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
