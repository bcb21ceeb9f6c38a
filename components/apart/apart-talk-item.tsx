'use client';

import { useEffect, useId, useState } from 'react';
import type { ChoiceQuestion } from '@/lib/template/types';
import { optionRank, type MergedTerm } from '@/lib/agreement/merge';
import { optionLabel } from '@/lib/agreement/clauses';
import { otherPartner, type PartnerKey } from '@/lib/agreement/schema';

interface Props {
  term: MergedTerm & { question: ChoiceQuestion };
  names: Readonly<Record<PartnerKey, string>>;
  me: PartnerKey;
  /** What the couple picked for this term so far, if anything. */
  choice?: string;
  /** The option each partner confirmed from their own phone, if any. */
  confirmed: Readonly<Record<PartnerKey, string | undefined>>;
  busy: boolean;
  onPick(optionId: string): void;
  onConfirm(confirm: boolean): void;
}

const STATUS: Record<MergedTerm['settledBy'], string> = {
  pending: 'Still to talk about',
  protective: 'Settled: the more careful answer',
  together: 'Settled: chosen together',
  bothConfirmedLooser: 'Settled: you both confirmed it',
  same: 'Agreed',
  commitment: 'Agreed',
};

/** A term where the answers differed, settled from two phones: a less careful choice needs each to confirm on their own. */
export function ApartTalkItem({ term, names, me, choice, confirmed, busy, onPick, onConfirm }: Readonly<Props>) {
  const { question } = term;
  const other = otherPartner(me);
  const [choosing, setChoosing] = useState(choice !== undefined && choice !== term.proposed);
  const groupId = useId();
  // The pick shows at once; the shared record catches up when the write lands (or the error says it did not).
  const [pending, setPending] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!busy) setPending(undefined);
  }, [busy, choice]);
  const shown = pending ?? choice;
  const isLooser = choice !== undefined && optionRank(question, choice) < optionRank(question, term.proposed);
  const mine = choice !== undefined && confirmed[me] === choice;
  const theirs = choice !== undefined && confirmed[other] === choice;

  return (
    <div className="card" data-question={question.id}>
      <h3>
        {question.short} <span className={`badge ${term.settledBy === 'pending' ? 'talk' : 'agreed'}`}>{STATUS[term.settledBy]}</span>
      </h3>
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
      <div className="button-row">
        <button
          className="button"
          type="button"
          disabled={busy}
          aria-pressed={choice === term.proposed}
          onClick={() => {
            setChoosing(false);
            onPick(term.proposed);
          }}
        >
          {choice === term.proposed ? 'Accepted' : 'Accept the suggestion'}
        </button>
        <button className="button secondary" type="button" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
          Choose something else together
        </button>
      </div>
      {choosing && (
        <fieldset className="card spaced-top">
          <legend>What do you both want?</legend>
          {question.options.map((option) => (
            <label className="choice" key={option.id}>
              <input type="radio" name={groupId} value={option.id} disabled={busy} checked={shown === option.id}
                onChange={() => {
                  setPending(option.id);
                  onPick(option.id);
                }}
              />
              <span>{option.label}</span>
            </label>
          ))}
          {isLooser && (
            <div className="notice" role="status">
              <p>
                This is less careful than one of your own answers, so it only counts if you both say so, each on your own
                phone.
              </p>
              <label className="choice">
                <input type="checkbox" checked={mine} disabled={busy} onChange={(event) => onConfirm(event.target.checked)} />
                <span>{names[me]}: I am happy with this, and nobody is pressuring me</span>
              </label>
              <p className="small">{theirs ? `${names[other]} has confirmed it on their phone.` : `${names[other]} has not confirmed it yet.`}</p>
            </div>
          )}
        </fieldset>
      )}
    </div>
  );
}
