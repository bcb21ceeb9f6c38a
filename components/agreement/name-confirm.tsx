'use client';

import { useId, useState } from 'react';
import { isSameName } from '@/lib/agreement/names';
import { NameField } from '../shared/name-field';
import { TypedNameNote } from '../shared/typed-name-note';

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
      <NameField id={id} label={`Type your name to confirm: ${name}`} error={error} value={typed} onChange={(event) => setTyped(event.target.value)} />
      <TypedNameNote id={`${id}-note`} name={name} />
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
