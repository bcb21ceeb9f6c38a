import type { UseFormRegisterReturn } from 'react-hook-form';
import type { PrivateAnswers } from '@/lib/agreement/schema';

const CHOICES: readonly { readonly value: PrivateAnswers; readonly label: string; readonly hint: string }[] = [
  {
    value: 'leftOut',
    label: 'Keep only the settled terms',
    hint: 'Every copy shows each term and how it was settled: agreed, the more careful answer, or confirmed by you both.',
  },
  {
    value: 'kept',
    label: 'Also keep our first private answers',
    hint: 'Every copy also shows what each of you first chose, where you answered differently.',
  },
];

/**
 * Before signing: say plainly that first private answers would be printed for
 * good, and let each partner choose. They are kept only if both choose to.
 */
export function PrivateAnswersChoice({ id, field }: Readonly<{ id: string; field: UseFormRegisterReturn<'privateAnswers'> }>) {
  return (
    <fieldset aria-describedby={`${id}-why`}>
      <legend>Your first private answers</legend>
      <p className="small" id={`${id}-why`}>
        Where you two answered differently, your first private answers can stay in the record. If they do, they appear in
        every copy of this agreement (the PDF and the saved file) for good, and cannot be taken out later. They are kept only
        if you both choose to keep them.
      </p>
      {CHOICES.map((choice) => (
        <label className="choice" key={choice.value}>
          <input type="radio" value={choice.value} {...field} />
          <span>
            {choice.label}
            <span className="small muted"> {choice.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
