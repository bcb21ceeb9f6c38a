'use client';

import { useState } from 'react';
import { optionRank } from '@/lib/agreement/merge';
import { optionLabel } from '@/lib/agreement/clauses';
import { PARTNERS, type PartnerKey, type Resolution } from '@/lib/agreement/schema';
import { LooserConfirm, TalkActions, TalkAnswers, TalkChoices, TalkHeading, type TalkTerm } from '../shared/talk-item-parts';

interface Props {
  term: TalkTerm;
  names: Readonly<Record<PartnerKey, string>>;
  resolution?: Resolution;
  onResolve(resolution: Resolution): void;
  /** Takes the suggestion through the draft flow; 'replacesChoice' when it would undo a choice made together. */
  onAccept(replaceChoice: boolean): string | null;
}

/** The id of a term's card, for "go to the next one to talk about". */
export const talkItemId = (questionId: string) => `talk-${questionId}`;

/** A term where the answers differed: the more protective one is proposed; loosening needs both. */
export function ToTalkItem({ term, names, resolution, onResolve, onAccept }: Readonly<Props>) {
  const { question } = term;
  const [choosing, setChoosing] = useState(term.settledBy === 'together' || term.settledBy === 'bothConfirmedLooser' || term.awaitingConfirmation);
  const [asking, setAsking] = useState(false);
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
      <TalkHeading term={term} />
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
          <TalkAnswers term={term} names={names} />
          <TalkActions accepted={picked === term.proposed} choosing={choosing} onAccept={() => accept(false)} onToggleChoosing={() => setChoosing(!choosing)} />
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
        <TalkChoices question={question} picked={picked} onPick={pick}>
          {isLooser && (
            <LooserConfirm
              names={names}
              partners={PARTNERS}
              checked={{ a: resolution?.confirmedBy.a ?? false, b: resolution?.confirmedBy.b ?? false }}
              onConfirm={confirm}
            />
          )}
        </TalkChoices>
      )}
    </div>
  );
}
