'use client';

import { useId, type ReactNode } from 'react';
import type { ChoiceQuestion } from '@/lib/template/types';
import type { MergedTerm } from '@/lib/agreement/merge';
import { optionLabel } from '@/lib/agreement/clauses';
import type { PartnerKey } from '@/lib/agreement/schema';

/** The parts of a term to talk about that look the same on one phone and on two. */

export type TalkTerm = MergedTerm & { question: ChoiceQuestion };

const STATUS: Record<MergedTerm['settledBy'], string> = {
  pending: 'Still to talk about',
  protective: 'Settled: the more careful answer',
  together: 'Settled: chosen together',
  bothConfirmedLooser: 'Settled: you both confirmed it',
  same: 'Agreed',
  commitment: 'Agreed',
};

export function TalkHeading({ term }: Readonly<{ term: TalkTerm }>) {
  const settled = term.settledBy !== 'pending';
  return (
    <h3>
      {term.question.short} <span className={`badge ${settled ? 'agreed' : 'talk'}`}>{STATUS[term.settledBy]}</span>
    </h3>
  );
}

/** Each partner's own answer, and the more careful one suggested. */
export function TalkAnswers({ term, names }: Readonly<{ term: TalkTerm; names: Readonly<Record<PartnerKey, string>> }>) {
  const { question } = term;
  return (
    <>
      <p className="small muted">{question.prompt}</p>
      <ul className="list-plain small">
        <li>
          <strong>{names.a}:</strong> {optionLabel(question, term.a)}
        </li>
        <li>
          <strong>{names.b}:</strong> {optionLabel(question, term.b)}
        </li>
      </ul>
      <p>
        <strong>Suggested (the more careful answer):</strong> {optionLabel(question, term.proposed)}
      </p>
    </>
  );
}

interface ActionsProps {
  accepted: boolean;
  choosing: boolean;
  disabled?: boolean;
  onAccept(): void;
  onToggleChoosing(): void;
}

export function TalkActions({ accepted, choosing, disabled = false, onAccept, onToggleChoosing }: Readonly<ActionsProps>) {
  return (
    <div className="button-row">
      <button className="button" type="button" disabled={disabled} aria-pressed={accepted} onClick={onAccept}>
        {accepted ? 'Accepted' : 'Accept the suggestion'}
      </button>
      <button className="button secondary" type="button" aria-expanded={choosing} onClick={onToggleChoosing}>
        Choose something else together
      </button>
    </div>
  );
}

interface ChoicesProps {
  question: ChoiceQuestion;
  picked: string | undefined;
  disabled?: boolean;
  onPick(optionId: string): void;
  /** Shown under the options: the confirmations a less careful pick needs. */
  children?: ReactNode;
}

/** "What do you both want?": every option of the term. */
export function TalkChoices({ question, picked, disabled = false, onPick, children }: Readonly<ChoicesProps>) {
  const groupId = useId();
  return (
    <fieldset className="card spaced-top">
      <legend>What do you both want?</legend>
      {question.options.map((option) => (
        <label className="choice" key={option.id}>
          <input type="radio" name={groupId} value={option.id} disabled={disabled} checked={picked === option.id} onChange={() => onPick(option.id)} />
          <span>{option.label}</span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}

interface LooserProps {
  names: Readonly<Record<PartnerKey, string>>;
  /** Who ticks here: both on one phone, only this phone's partner on two. */
  partners: readonly PartnerKey[];
  checked: Readonly<Record<PartnerKey, boolean>>;
  disabled?: boolean;
  onConfirm(partner: PartnerKey, confirm: boolean): void;
  /** On two phones: whether the other has confirmed on theirs. */
  children?: ReactNode;
}

/** A pick less careful than one partner's own answer counts only when each says so, for themself. */
export function LooserConfirm({ names, partners, checked, disabled = false, onConfirm, children }: Readonly<LooserProps>) {
  const onePhone = partners.length > 1;
  return (
    <div className="notice" role="status">
      <p>
        {onePhone
          ? 'This is less careful than one of your own answers, so it only counts if you both say so. Each of you, tick for yourself:'
          : 'This is less careful than one of your own answers, so it only counts if you both say so, each on your own phone.'}
      </p>
      {partners.map((partner) => (
        <label className="choice" key={partner}>
          <input type="checkbox" checked={checked[partner]} disabled={disabled} onChange={(event) => onConfirm(partner, event.target.checked)} />
          <span>{names[partner]}: I am happy with this, and nobody is pressuring me</span>
        </label>
      ))}
      {children}
    </div>
  );
}
