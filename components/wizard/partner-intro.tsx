'use client';

import { useEffect, useRef } from 'react';

interface Props {
  name: string;
  otherName: string;
  isFirst: boolean;
  /** In a revision each question starts on the term in force, not on the most careful choice. */
  revising?: boolean;
  onReady(): void;
  onBack?(): void;
}

/**
 * Shown before each partner's private answers: the screen holds nothing of anyone's answers.
 * The second partner's turn always begins at the hand-over, so seeing this as them is a return
 * (a reload, or Back from their first section): they already hold the phone.
 */
export function PartnerIntro({ name, otherName, isFirst, revising = false, onReady, onBack }: Readonly<Props>) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div>
      <h1 tabIndex={-1} ref={heading}>
        {isFirst ? `${name}, this part is just for you` : `Welcome back, ${name}`}
      </h1>
      {!isFirst && (
        <p className="lead">
          Your answers so far are saved, and {otherName}’s are hidden. Nobody sees either set of answers until you have both
          finished. If you are not {name}, please give the phone back to {name}.
        </p>
      )}
      <p className={isFirst ? 'lead' : undefined}>
        Answer for yourself only: what you are comfortable with, not what you think {otherName} wants. {otherName} will not
        see your answers until they have finished theirs too.
      </p>
      {revising ? (
        <p>
          Every question starts on the term in force now, marked “in force now”. Change only what you want to change: anything
          you change is shown to you both before you sign.
        </p>
      ) : (
      <p>
        Every question starts on the most careful choice. Change it only if you want to. If you are not sure, the careful
        choice is a good place to start: you can always talk about it later.
      </p>
      )}
      <div className="button-row spread">
        {onBack && (
          <button className="button quiet" type="button" onClick={onBack}>
            Back
          </button>
        )}
        <button className="button" type="button" onClick={onReady}>
          I’m {name}, and I’m answering for myself
        </button>
      </div>
    </div>
  );
}
