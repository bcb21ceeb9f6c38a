'use client';

import { useId, useState } from 'react';
import { isSameName } from '@/lib/agreement/draft';
import { FieldError } from '../ui/field-error';

interface Props {
  name: string;
  action: string;
  onConfirm(typedName: string): void;
}

/** A partner types their own name to act for themself (never for the other). */
export function NameConfirm({ name, action, onConfirm }: Readonly<Props>) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <div>
      <div className="field">
        <label htmlFor={id}>Type your name to confirm: {name}</label>
        <input
          id={id}
          type="text"
          autoComplete="off"
          maxLength={40}
          value={typed}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          onChange={(event) => setTyped(event.target.value)}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <button
        className="button"
        type="button"
        onClick={() => {
          if (!isSameName(typed, name)) return setError(`Please type your name exactly as “${name}”.`);
          setError(undefined);
          onConfirm(typed);
        }}
      >
        {action}
      </button>
    </div>
  );
}
