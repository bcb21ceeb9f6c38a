'use client';

import type { ComponentProps, ReactNode } from 'react';
import type { ChoiceQuestion, Template } from '@/lib/template/types';
import type { MergedTerm } from '@/lib/agreement/merge';
import { otherPartner, type PartnerKey } from '@/lib/agreement/schema';
import type { CustomTerm } from '@/lib/agreement/schema';
import type { ApartReview } from '@/lib/apart/shared';
import { OwnWordsEditor } from '../wizard/own-words-editor';
import { ApartTalkItem } from './apart-talk-item';
import { ApartSign } from './apart-sign';
import { AgreedTerms } from '../shared/agreed-terms';

interface Props {
  template: Template;
  review: Extract<ApartReview, { kind: 'review' }>;
  names: Readonly<Record<PartnerKey, string>>;
  me: PartnerKey;
  choices: Readonly<Record<string, string>>;
  confirms: Readonly<Record<PartnerKey, Readonly<Record<string, string>>>>;
  /** Who has a signature at all, even one for terms that have changed since. */
  signedAnything: Readonly<Record<PartnerKey, boolean>>;
  busy: boolean;
  finished: boolean;
  opened: ReactNode;
  onPick(questionId: string, optionId: string): void;
  onConfirm(questionId: string, optionId: string, confirm: boolean): void;
  onSign(input: Parameters<ComponentProps<typeof ApartSign>['onSign']>[0]): void;
  /** Both partners' own words; each adds and removes only their own. */
  custom: readonly CustomTerm[];
  onCustom(mine: CustomTerm[]): void;
}

/** Both phones show the same terms; each partner settles and signs from their own. */
export function ApartReviewScreen(props: Readonly<Props>) {
  const { template, review, names, me, choices, confirms, signedAnything, busy, finished, opened, onPick, onConfirm, onSign, custom, onCustom } = props;
  const { terms, settled, signedBy } = review;
  const other = otherPartner(me);
  const differing = terms.filter((term): term is MergedTerm & { question: ChoiceQuestion } => term.differed && term.question.kind === 'choice');
  const pending = differing.filter((term) => term.settledBy === 'pending').length;

  if (finished) {
    return (
      <div>
        <h1>You have both signed</h1>
        <p className="lead">
          {names.a} and {names.b} signed the same terms, each on their own phone. This phone keeps its own copy of version 1, and
          so does {names[other]}’s.
        </p>
        {opened}
      </div>
    );
  }

  return (
    <div>
      <h1>Your terms, together</h1>
      <p className="lead">
        You have both sent your answers. {differing.length === 0 ? 'You answered every question the same way.' : `You agree on ${terms.length - differing.length} of ${terms.length} terms. ${differing.length} ${differing.length === 1 ? 'is' : 'are'} to talk about.`}{' '}
        {names[other]} sees the same on their phone.
      </p>
      {differing.length > 0 && (
        <section aria-labelledby="talk-heading">
          <h2 id="talk-heading">To talk about</h2>
          <p className="muted">
            Where your answers differ, the more careful one is suggested. Talk it through, then either of you can accept it or
            pick something else. Anything less careful than one of your own answers needs you both to confirm it, each on your
            own phone.
          </p>
          {differing.map((term) => (
            <ApartTalkItem
              key={term.question.id}
              term={term}
              names={names}
              me={me}
              choice={choices[term.question.id]}
              confirmed={{ a: confirms.a[term.question.id], b: confirms.b[term.question.id] }}
              busy={busy}
              onPick={(optionId) => onPick(term.question.id, optionId)}
              onConfirm={(confirm) => {
                const choice = choices[term.question.id];
                if (choice) onConfirm(term.question.id, choice, confirm);
              }}
            />
          ))}
        </section>
      )}
      <AgreedTerms template={template} terms={terms} />
      <OwnWordsEditor terms={custom} names={names} only={me} onChange={(terms) => onCustom(terms.filter((term) => term.author === me))} />
      <section aria-labelledby="signing-heading">
        <h2 id="signing-heading">Signing</h2>
        {!settled ? (
          <p className="notice" role="status">
            {pending === 1 ? 'One term is' : `${pending} terms are`} still to talk about. Once {pending === 1 ? 'it is' : 'they are'} settled,
            you can each sign here.
          </p>
        ) : (
          <>
            <p role="status">
              {signedBy[other]
                ? `${names[other]} has signed these terms on their phone.`
                : signedAnything[other]
                  ? `The terms changed after ${names[other]} signed, so ${names[other]} needs to sign again.`
                  : `${names[other]} has not signed yet.`}
            </p>
            {signedBy[me] ? (
              <p className="notice" role="status">
                You have signed. Once {names[other]} signs too, your agreement appears here on both phones.
              </p>
            ) : (
              <>
                {signedAnything[me] && <p className="notice">The terms changed after you signed, so please sign again.</p>}
                <ApartSign template={template} name={names[me]} busy={busy} onSign={onSign} />
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}
