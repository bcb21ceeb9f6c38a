'use client';

import { useEffect, useState } from 'react';
import { optionRank } from '@/lib/agreement/merge';
import { otherPartner, type PartnerKey } from '@/lib/agreement/schema';
import { LooserConfirm, TalkActions, TalkAnswers, TalkChoices, TalkHeading, type TalkTerm } from '../shared/talk-item-parts';

interface Props {
  term: TalkTerm;
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

/** A term where the answers differed, settled from two phones: a less careful choice needs each to confirm on their own. */
export function ApartTalkItem({ term, names, me, choice, confirmed, busy, onPick, onConfirm }: Readonly<Props>) {
  const { question } = term;
  const other = otherPartner(me);
  const [choosing, setChoosing] = useState(choice !== undefined && choice !== term.proposed);
  // The pick shows at once; the shared record catches up when the write lands (or the error says it did not).
  const [pending, setPending] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!busy) setPending(undefined);
  }, [busy, choice]);
  const isLooser = choice !== undefined && optionRank(question, choice) < optionRank(question, term.proposed);
  const theirs = choice !== undefined && confirmed[other] === choice;
  const checked = { a: false, b: false, [me]: choice !== undefined && confirmed[me] === choice };

  return (
    <div className="card" data-question={question.id}>
      <TalkHeading term={term} />
      <TalkAnswers term={term} names={names} />
      <TalkActions
        accepted={choice === term.proposed}
        choosing={choosing}
        disabled={busy}
        onAccept={() => {
          setChoosing(false);
          onPick(term.proposed);
        }}
        onToggleChoosing={() => setChoosing(!choosing)}
      />
      {choosing && (
        <TalkChoices
          question={question}
          picked={pending ?? choice}
          disabled={busy}
          onPick={(optionId) => {
            setPending(optionId);
            onPick(optionId);
          }}
        >
          {isLooser && (
            <LooserConfirm names={names} partners={[me]} checked={checked} disabled={busy} onConfirm={(_, confirm) => onConfirm(confirm)}>
              <p className="small">{theirs ? `${names[other]} has confirmed it on their phone.` : `${names[other]} has not confirmed it yet.`}</p>
            </LooserConfirm>
          )}
        </TalkChoices>
      )}
    </div>
  );
}
