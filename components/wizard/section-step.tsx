'use client';

import { useEffect, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type * as z from 'zod/mini';
import type { AppId, Section, Template } from '@/lib/template/types';
import type { Draft } from '@/lib/agreement/schema';
import { sectionDefaults, sectionSchema, type Answers } from '@/lib/template/schema';
import { QuestionField } from './question-field';
import { SectionNotes } from '../shared/section-notes';
import { SectionHelp } from '../shared/resource-list-section';
import { Progress } from '../ui/progress';
import { useEarlierAnswers } from './use-earlier-answers';

type StepSchema = ReturnType<typeof sectionSchema>;

interface Props {
  section: Section;
  index: number;
  total: number;
  partnerName: string;
  apps: readonly AppId[];
  /** This partner's saved answers so far (never the other partner's). */
  saved: Answers;
  /** While revising: the terms in force, marked on each question. */
  inForce?: Answers;
  /** The draft's template and what it revises: moving to newer questions, each question shows what changed. */
  template?: Template;
  revisionOf?: Draft['revisionOf'];
  onChange(values: Answers): void;
  onBack(): void;
  onNext(values: Answers): void;
}

/** Keeps what can be stored: chosen options and ticked commitments (an unticked box is `false` in the form). */
function storable(values: Readonly<Record<string, unknown>>): Answers {
  const answers: Answers = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' || value === true) answers[key] = value;
  }
  return answers;
}

/** One section of the template, answered by one partner. */
export function SectionStep({ section, index, total, partnerName, apps, saved, inForce, template, revisionOf, onChange, onBack, onNext }: Readonly<Props>) {
  const earlier = useEarlierAnswers(template, revisionOf);
  const allNew = earlier !== undefined && section.questions.every((question) => earlier.get(question.id)?.kind === 'new');
  const schema = useMemo(() => sectionSchema(section), [section]);
  // The saved answers over the most careful defaults; an unticked commitment starts empty.
  const defaults = useMemo(() => ({ ...storable(sectionDefaults(section)), ...saved }), [section, saved]);
  const { register, handleSubmit, watch, formState } = useForm<z.input<StepSchema>, unknown, z.output<StepSchema>>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
  });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  // Autosave while answering, so a reload or a crash keeps every choice.
  useEffect(() => {
    const subscription = watch((values) => onChange(storable(values)));
    return () => subscription.unsubscribe();
  }, [watch, onChange]);

  const values = watch();
  return (
    <form noValidate onSubmit={handleSubmit(onNext)}>
      <Progress current={index + 1} total={total} label={`${partnerName}’s answers`} />
      <h1 tabIndex={-1} ref={heading}>
        {section.title}
      </h1>
      <p className="lead">{section.why}</p>
      {allNew && <p className="notice">This part is new since you signed. You each answer it on your own, for the first time.</p>}
      {section.notice && <p className="notice">{section.notice}</p>}
      <SectionNotes notes={section.notes} />
      <SectionHelp section={section} />
      {section.aside && (
        <details>
          <summary>{section.aside.title}</summary>
          <ul>
            {section.aside.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </details>
      )}
      {section.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          field={register(question.id)}
          value={values[question.id]}
          error={formState.errors[question.id]?.message}
          apps={apps}
          inForce={inForce?.[question.id]}
          earlier={earlier?.get(question.id)}
        />
      ))}
      <div className="button-row spread">
        <button className="button quiet" type="button" onClick={onBack}>
          Back
        </button>
        <button className="button" type="submit">
          {index + 1 === total ? 'Finish my answers' : 'Next'}
        </button>
      </div>
    </form>
  );
}
