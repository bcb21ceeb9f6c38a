'use client';

import { useEffect, useRef } from 'react';

interface Props {
  name: string;
  otherName: string;
  isFirst: boolean;
  onReady(): void;
  onBack?(): void;
}

/** Shown before each partner's private answers: the screen holds nothing of anyone's answers. */
export function PartnerIntro({ name, otherName, isFirst, onReady, onBack }: Readonly<Props>) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div>
      <h1 tabIndex={-1} ref={heading}>
        {isFirst ? `${name}, this part is just for you` : `Pass the phone to ${name}`}
      </h1>
      {!isFirst && <p className="lead">{otherName}’s answers are saved and hidden. Nobody sees either set of answers until you have both finished.</p>}
      <p className={isFirst ? 'lead' : undefined}>
        Answer for yourself only: what you are comfortable with, not what you think {otherName} wants. {otherName} will not
        see your answers until they have finished theirs too.
      </p>
      <p>
        Every question starts on the most careful choice. Change it only if you want to. If you are not sure, the careful
        choice is a good place to start: you can always talk about it later.
      </p>
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
