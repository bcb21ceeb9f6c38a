'use client';

import { useState } from 'react';
import type { ChoiceQuestion, Option, Template } from '@/lib/template/types';
import type { Agreement, PartnerKey } from '@/lib/agreement/schema';
import { latestVersion, tightenAlone, type TightenProblem } from '@/lib/agreement/versions';
import { findOption } from '@/lib/agreement/merge';
import { ProblemMessage } from '../shared/storage-banner';
import { NameConfirm } from './name-confirm';
import { PartnerPicker } from './partner-picker';
import { NO_CHANGE, TermChangeFields } from '../shared/term-change-fields';

const PROBLEMS: Record<TightenProblem, string> = {
  withdrawn: 'This agreement has been withdrawn, so it cannot change.',
  otherTemplate: 'This agreement was made with a different template.',
  unknownQuestion: 'That term is not part of this agreement.',
  commitment: 'That term is already as careful as it can be.',
  unknownOption: 'That choice is not available.',
  notTighter: 'Alone, you can only make a term more careful. Making it looser needs you both: revisit together.',
  name: 'Please type your own name exactly as it is on the agreement.',
};

const stricterThan = (question: ChoiceQuestion, current: Option | undefined) => question.options.filter((option) => option.rank > (current?.rank ?? 0));

interface Props {
  template: Template;
  agreement: Agreement;
  onSave(next: Agreement): Promise<void>;
  /** The partner this phone belongs to (made on two phones), or null. */
  thisPhone?: PartnerKey | null;
}

/** Either partner makes one term more protective, alone, in force at once. */
export function TightenPanel({ template, agreement, onSave, thisPhone = null }: Readonly<Props>) {
  const latest = latestVersion(agreement);
  const names = { a: latest.partners.a.name, b: latest.partners.b.name };
  const [picked, setPartner] = useState<PartnerKey | null>(null);
  const partner = thisPhone ?? picked;
  const [change, setChange] = useState(NO_CHANGE);
  const { questionId, optionId } = change;
  const [problem, setProblem] = useState<string | null>(null);

  // Only terms that can still become more careful.
  const tightenable = template.sections.flatMap((section) =>
    section.questions.filter((question): question is ChoiceQuestion => {
      if (question.kind !== 'choice') return false;
      const current = latest.terms.find((term) => term.questionId === question.id);
      const rank = current ? findOption(question, current.optionId)?.rank : undefined;
      return rank !== undefined && question.options.some((option) => option.rank > rank);
    }),
  );
  const question = tightenable.find((item) => item.id === questionId);

  return (
    <div>
      <p>Either of you can make any term more careful at any time, without asking. It takes effect at once, and the other person sees what changed next time the agreement is opened.</p>
      <PartnerPicker legend="Who is making the change?" name="tighten-partner" names={names} value={partner} onChange={setPartner} only={thisPhone} />
      <TermChangeFields idPrefix="tighten" questions={tightenable} terms={latest.terms} offered={stricterThan} legend="Make it:" value={change} onChange={setChange} />
      <ProblemMessage message={problem} />
      {partner && question && optionId && (
        <NameConfirm
          name={latest.partners[partner].name}
          action="Make this stricter now"
          onConfirm={(typedName) => {
            const result = tightenAlone(template, agreement, { by: partner, questionId: question.id, optionId, typedName });
            if (!result.ok) return setProblem(PROBLEMS[result.problem]);
            setProblem(null);
            void onSave(result.agreement);
          }}
        />
      )}
    </div>
  );
}
