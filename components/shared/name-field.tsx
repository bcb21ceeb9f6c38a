import type { ComponentPropsWithRef, ReactNode } from 'react';
import { MAX_NAME_LENGTH } from '@/lib/agreement/schema';
import { FieldError } from '../ui/field-error';
import { PrintHint } from './print-hint';

interface Props extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'type' | 'maxLength'> {
  id: string;
  label: ReactNode;
  error?: string;
  /** When set, a gentle note says which typed characters the PDF cannot print. */
  printText?: string;
}

/** One name input: the schema's limit, its error and (optionally) the print note, tied to it by id. */
export function NameField({ id, label, error, printText, ...input }: Readonly<Props>) {
  const describedBy = printText === undefined ? `${id}-error` : `${id}-error ${id}-print`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        maxLength={MAX_NAME_LENGTH}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      <FieldError id={`${id}-error`} message={error} />
      {printText !== undefined && <PrintHint id={`${id}-print`} text={printText} />}
    </div>
  );
}
