'use client';

import { useId, useState } from 'react';
import type { ChoiceQuestion } from '@/lib/template/types';
import { optionRank, type MergedTerm } from '@/lib/agreement/merge';
import { optionLabel } from '@/lib/agreement/clauses';
import { PARTNERS, type PartnerKey, type Resolution } from '@/lib/agreement/schema';

interface Props {
  term: MergedTerm & { question: ChoiceQuestion };
  names: Readonly<Record<PartnerKey, string>>;
  resolution?: Resolution;
  onResolve(resolution: Resolution): void;
}

const STATUS: Record<MergedTerm['settledBy'], string> = {
  pending: 'Still to talk about',
  protective: 'Settled: the more careful answer',
  together: 'Settled: chosen together',
  bothConfirmedLooser: 'Settled: you both confirmed it',
  same: 'Agreed',
  commitment: 'Agreed',
};

/** A term where the answers differed: the more protective one is proposed; loosening needs both. */
export function ToTalkItem({ term, names, resolution, onResolve }: Readonly<Props>) {
  const { question } = term;
  const [choosing, setChoosing] = useState(term.settledBy === 'together' || term.settledBy === 'bothConfirmedLooser' || term.awaitingConfirmation);
  const groupId = useId();
  const proposedRank = optionRank(question, term.proposed);
  const picked = resolution?.optionId;
  const isLooser = picked !== undefined && optionRank(question, picked) < proposedRank;

  const pick = (optionId: string) => onResolve({ optionId, confirmedBy: { a: false, b: false } });
  const confirm = (partner: PartnerKey, value: boolean) =>
    resolution && onResolve({ ...resolution, confirmedBy: { ...resolution.confirmedBy, [partner]: value } });

  return (
    <div className="card" data-question={question.id}>
      <h3>
        {question.short}{' '}
        <span className={`badge ${term.settledBy === 'pending' ? 'talk' : 'agreed'}`}>{STATUS[term.settledBy]}</span>
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
        <button className="button" type="button" aria-pressed={picked === term.proposed} onClick={() => { setChoosing(false); pick(term.proposed); }}>
          {picked === term.proposed ? 'Accepted' : 'Accept the suggestion'}
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
              <input type="radio" name={groupId} value={option.id} checked={picked === option.id} onChange={() => pick(option.id)} />
              <span>{option.label}</span>
            </label>
          ))}
          {isLooser && (
            <div className="notice" role="status">
              <p>
                This is less careful than one of your own answers, so it only counts if you both say so. Each of you, tick
                for yourself:
              </p>
              {PARTNERS.map((partner) => (
                <label className="choice" key={partner}>
                  <input
                    type="checkbox"
                    checked={resolution?.confirmedBy[partner] ?? false}
                    onChange={(event) => confirm(partner, event.target.checked)}
                  />
                  <span>
                    {names[partner]}: I am happy with this, and nobody is pressuring me
                  </span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
      )}
    </div>
  );
}
