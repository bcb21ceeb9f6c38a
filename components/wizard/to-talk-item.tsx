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
  /** Takes the suggestion through the draft flow; 'replacesChoice' when it would undo a choice made together. */
  onAccept(replaceChoice: boolean): string | null;
}

const STATUS: Record<MergedTerm['settledBy'], string> = {
  pending: 'Still to talk about',
  protective: 'Settled: the more careful answer',
  together: 'Settled: chosen together',
  bothConfirmedLooser: 'Settled: you both confirmed it',
  same: 'Agreed',
  commitment: 'Agreed',
};

/** The id of a term's card, for "go to the next one to talk about". */
export const talkItemId = (questionId: string) => `talk-${questionId}`;

/** A term where the answers differed: the more protective one is proposed; loosening needs both. */
export function ToTalkItem({ term, names, resolution, onResolve, onAccept }: Readonly<Props>) {
  const { question } = term;
  const [choosing, setChoosing] = useState(term.settledBy === 'together' || term.settledBy === 'bothConfirmedLooser' || term.awaitingConfirmation);
  const [asking, setAsking] = useState(false);
  const groupId = useId();
  const proposedRank = optionRank(question, term.proposed);
  const picked = resolution?.optionId;
  const isLooser = picked !== undefined && optionRank(question, picked) < proposedRank;
  const settled = term.settledBy !== 'pending';

  const pick = (optionId: string) => onResolve({ optionId, confirmedBy: { a: false, b: false } });
  const confirm = (partner: PartnerKey, value: boolean) =>
    resolution && onResolve({ ...resolution, confirmedBy: { ...resolution.confirmedBy, [partner]: value } });
  const accept = (replaceChoice: boolean) => {
    // A choice you both made is never replaced by a stray tap: ask first.
    if (onAccept(replaceChoice) === 'replacesChoice') return setAsking(true);
    setAsking(false);
    setChoosing(false);
  };

  return (
    <div className={`card talk-item${settled ? ' settled' : ''}`} data-question={question.id} id={talkItemId(question.id)} tabIndex={-1}>
      <h3>
        {question.short}{' '}
        <span className={`badge ${settled ? 'agreed' : 'talk'}`}>{STATUS[term.settledBy]}</span>
      </h3>
      {settled && !choosing ? (
        <>
          <p>
            <strong>Your term:</strong> {optionLabel(question, term.chosen)}
          </p>
          <p className="small muted">
            {names.a}: {optionLabel(question, term.a)} · {names.b}: {optionLabel(question, term.b)}
          </p>
          <div className="button-row">
            <button className="button secondary" type="button" aria-expanded={false} onClick={() => setChoosing(true)}>
              Choose something else together
            </button>
          </div>
        </>
      ) : (
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
          <div className="button-row">
            <button className="button" type="button" aria-pressed={picked === term.proposed} onClick={() => accept(false)}>
              {picked === term.proposed ? 'Accepted' : 'Accept the suggestion'}
            </button>
            <button className="button secondary" type="button" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
              Choose something else together
            </button>
          </div>
        </>
      )}
      {asking && (
        <div className="notice" role="alert">
          <p>
            You both chose “{optionLabel(question, term.chosen)}” together. Replace it with the suggestion, “
            {optionLabel(question, term.proposed)}”?
          </p>
          <div className="button-row">
            <button className="button" type="button" onClick={() => accept(true)}>
              Yes, use the suggestion
            </button>
            <button className="button secondary" type="button" onClick={() => setAsking(false)}>
              Keep our choice
            </button>
          </div>
        </div>
      )}
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
