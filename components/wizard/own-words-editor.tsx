'use client';

import { useState } from 'react';
import { customTermSchema, MAX_TERM_LENGTH, PARTNERS, type CustomTerm, type PartnerKey } from '@/lib/agreement/schema';
import { newId } from '@/lib/agreement/ids';
import { FieldError } from '../ui/field-error';
import { PrintHint } from '../shared/print-hint';

interface Props {
  terms: readonly CustomTerm[];
  names: Readonly<Record<PartnerKey, string>>;
  onChange(terms: CustomTerm[]): void;
  /** On a partner's own phone: they add and remove only their own terms (the other does so on theirs). */
  only?: PartnerKey | null;
  /** The heading and its words, where the editor is part of something else (a change proposed after signing). */
  title?: string;
  intro?: string;
}

/** Terms in a partner's own words. Each is added by one partner and signed by both. */
export function OwnWordsEditor({ terms, names, onChange, only = null, title, intro }: Readonly<Props>) {
  const [picked, setAuthor] = useState<PartnerKey>('a');
  const author = only ?? picked;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();

  const add = () => {
    const parsed = customTermSchema.safeParse({ id: newId(), author, text });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Please check this term.');
    setError(undefined);
    setText('');
    onChange([...terms, parsed.data]);
  };

  return (
    <section aria-labelledby="custom-heading">
      <h2 id="custom-heading">{title ?? 'Anything else, in your own words?'}</h2>
      <p className="muted">
        {intro ?? 'Optional. Add a term either of you wants. You both sign everything, so talk it through first.'}
        {only && !intro && ' Each of you adds and removes your own words on your own phone.'}
      </p>
      {terms.length > 0 && (
        <ul className="list-plain">
          {terms.map((term) => (
            <li className="card" key={term.id}>
              <p>{term.text}</p>
              <p className="small muted">Added by {names[term.author]}</p>
              {(!only || term.author === only) && (
                <button className="button quiet" type="button" onClick={() => onChange(terms.filter((item) => item.id !== term.id))}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* On a partner's own phone the words are theirs: there is nobody else to choose. */}
      {!only && (
        <fieldset>
          <legend>Who is adding this term?</legend>
          {PARTNERS.map((partner) => (
            <label className="choice" key={partner}>
              <input type="radio" name="custom-author" checked={author === partner} onChange={() => setAuthor(partner)} />
              <span>{names[partner]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor="custom-text">{only ? `The term, in your own words (${names[only]})` : 'The term'}</label>
        <textarea
          id="custom-text"
          maxLength={MAX_TERM_LENGTH}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby="custom-text-error custom-text-print"
          onChange={(event) => setText(event.target.value)}
        />
        <FieldError id="custom-text-error" message={error} />
        <PrintHint id="custom-text-print" text={text} />
      </div>
      <button className="button secondary" type="button" onClick={add}>
        Add this term
      </button>
    </section>
  );
}
