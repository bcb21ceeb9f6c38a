'use client';

import { useEffect, useRef } from 'react';
import type { ChoiceQuestion, Template } from '@/lib/template/types';
import { isFullySettled, type MergedTerm } from '@/lib/agreement/merge';
import type { Draft, Resolution } from '@/lib/agreement/schema';
import { inForceValue } from '@/lib/agreement/revision';
import { talkItemId, ToTalkItem } from './to-talk-item';
import { OwnWordsEditor } from './own-words-editor';
import { RevisionChanges } from './revision-changes';
import { AgreedTerms } from '../shared/agreed-terms';

interface Props {
  template: Template;
  draft: Draft;
  terms: readonly MergedTerm[];
  onResolve(questionId: string, resolution: Resolution): void;
  /** Returns why the suggestion was not taken (it would replace a choice made together), or null. */
  onAccept(questionId: string, replaceChoice: boolean): string | null;
  /** Takes every open suggestion at once (never a settled term, never one being chosen). */
  onAcceptAll(): void;
  onCustomChange(custom: Draft['custom']): void;
  onNext(): void;
}

/** Both partners together: what they agree on, and what is still to talk about. */
export function ReviewStep({ template, draft, terms, onResolve, onAccept, onAcceptAll, onCustomChange, onNext }: Readonly<Props>) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const names = { a: draft.partners?.a.name ?? 'A', b: draft.partners?.b.name ?? 'B' };
  const differing = terms.filter((term): term is MergedTerm & { question: ChoiceQuestion } => term.differed && term.question.kind === 'choice');
  const open = differing.filter((term) => term.settledBy === 'pending');
  const pending = open.length;
  const suggestible = open.filter((term) => !term.awaitingConfirmation).length;
  const settled = isFullySettled(terms);
  const goToNext = () => {
    const next = open[0];
    const card = next && document.getElementById(talkItemId(next.question.id));
    card?.scrollIntoView({ block: 'start' });
    card?.focus({ preventScroll: true });
  };

  return (
    <div>
      <h1 tabIndex={-1} ref={heading}>
        Your terms, together
      </h1>
      <p className="lead">
        You have both finished. {differing.length === 0 ? 'You answered every question the same way.' : `You agree on ${terms.length - differing.length} of ${terms.length} terms. ${differing.length} ${differing.length === 1 ? 'is' : 'are'} to talk about.`}
      </p>
      {draft.revisionOf && <RevisionChanges template={template} draft={draft} terms={terms} />}
      {differing.length > 0 && (
        <section aria-labelledby="talk-heading">
          <h2 id="talk-heading">To talk about</h2>
          <p className="muted">
            Where your answers differ, the more careful one is suggested. You can accept it, or choose something else
            together. Anything less careful than one of your own answers needs you both to confirm it. Accepting every
            suggestion is always safe: each suggestion is the more careful of your two answers. It leaves alone anything you
            have settled or are still choosing.
          </p>
          {/* What remains, and the two ways through it, before the first card. */}
          <div className="review-status" data-review-status>
            <p className="review-count" role="status">
              {pending === 0 ? `All ${differing.length} settled` : `${pending} of ${differing.length} still to talk about`}
            </p>
            {pending > 0 && (
              <div className="review-actions">
                <button className="button secondary" type="button" onClick={goToNext}>
                  Go to the next one
                </button>
                {suggestible > 0 && (
                  <button className="button secondary" type="button" onClick={onAcceptAll}>
                    Accept every careful suggestion ({suggestible})
                  </button>
                )}
              </div>
            )}
          </div>
          {differing.map((term) => (
            <ToTalkItem
              key={term.question.id}
              term={term}
              names={names}
              resolution={draft.resolutions[term.question.id]}
              onResolve={(resolution) => onResolve(term.question.id, resolution)}
              onAccept={(replaceChoice) => onAccept(term.question.id, replaceChoice)}
            />
          ))}
        </section>
      )}
      <AgreedTerms
        template={template}
        terms={terms}
        changed={(term) => {
          const before = inForceValue(draft, term.question.id);
          return before !== undefined && term.question.kind === 'choice' && before !== term.chosen;
        }}
      />
      <OwnWordsEditor terms={draft.custom} names={names} onChange={onCustomChange} />
      {!settled && (
        <p className="notice" role="status">
          {pending === 1 ? 'One term is' : `${pending} terms are`} still to talk about. Settle {pending === 1 ? 'it' : 'them'} above to
          go on.
        </p>
      )}
      <div className="button-row">
        <button className="button" type="button" disabled={!settled} onClick={onNext}>
          Continue to signing
        </button>
      </div>
    </div>
  );
}
