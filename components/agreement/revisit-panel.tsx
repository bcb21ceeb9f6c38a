'use client';

import { useState } from 'react';
import type { Template } from '@/lib/template/types';
import { revisableQuestionIds } from '@/lib/agreement/revision';

interface Props {
  template: Template;
  /** A newer set of questions exists: revisiting here keeps the questions you signed. */
  newer?: boolean;
  /** Starts the revision: every term (null), or only the chosen ones. */
  onStart(revisit: readonly string[] | null): void;
}

/** Revisit together: every term, or only the few you want to talk about again. */
export function RevisitPanel({ template, newer = false, onStart }: Readonly<Props>) {
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const revisable = new Set(revisableQuestionIds(template));
  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((item) => item !== id)));
  return (
    <div>
      <p>
        You each answer again on your own, starting from the terms in force now, then settle any differences together and
        both sign a new version. Nothing changes until you have both signed.
      </p>
      {newer && (
        <p className="small muted">
          This keeps the questions you signed. To go through the newer set of questions instead, use “Go through the newer
          questions together” on this page.
        </p>
      )}
      <div className="button-row">
        <button className="button secondary" type="button" onClick={() => onStart(null)}>
          Revisit every term
        </button>
      </div>
      <fieldset className="revisit-choice">
        <legend>Or choose only the terms to revisit</legend>
        <p className="hint">Every other term stays exactly as it is.</p>
        {template.sections.map((section) => {
          const questions = section.questions.filter((question) => revisable.has(question.id));
          if (questions.length === 0) return null;
          return (
            <div key={section.id}>
              <p className="small muted revisit-section">{section.title}</p>
              {questions.map((question) => (
                <label className="choice" key={question.id}>
                  <input type="checkbox" name="revisit" value={question.id} checked={chosen.includes(question.id)} onChange={(event) => toggle(question.id, event.target.checked)} />
                  <span>{question.short}</span>
                </label>
              ))}
            </div>
          );
        })}
      </fieldset>
      <div className="button-row">
        <button className="button secondary" type="button" disabled={chosen.length === 0} onClick={() => onStart(chosen)}>
          {chosen.length === 0 ? 'Revisit the chosen terms' : `Revisit ${chosen.length === 1 ? 'this term' : `these ${chosen.length} terms`}`}
        </button>
      </div>
    </div>
  );
}
