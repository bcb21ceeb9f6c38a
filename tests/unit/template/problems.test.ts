import { describe, expect, it } from 'vitest';
import { templateProblems } from '../../../lib/template/problems';
import type { ChoiceQuestion, Section, Template } from '../../../lib/template/types';
import { templates } from '../../../templates/index';
import { fixtureTemplate } from '../fixtures/template-fixture';

const all: readonly Template[] = [...templates, fixtureTemplate];

/** A copy of `template` with one change, the way a careless edit would make it. */
function broken(template: Template, change: (copy: { -readonly [K in keyof Template]: Template[K] }) => void): Template {
  const copy = structuredClone(template) as { -readonly [K in keyof Template]: Template[K] };
  change(copy);
  return copy;
}

function choice(template: Template, id: string): ChoiceQuestion {
  const question = template.sections.flatMap((section) => section.questions).find((candidate) => candidate.id === id);
  if (question?.kind !== 'choice') throw new Error(`no choice question ${id}`);
  return question;
}

describe('templateProblems', () => {
  it.each(all.map((template) => [`${template.id} v${template.version}`, template] as const))('finds none in %s', (_name, template) => {
    expect(templateProblems(template)).toEqual([]);
  });

  for (const template of all) {
    const reviewId = template.review.questionId;
    const firstRow = template.summary[0]!;
    const cases: [string, Template, RegExp][] = [
      ['a summary row naming a renamed question', broken(template, (t) => (t.summary = [{ ...firstRow, questionIds: [...firstRow.questionIds, 'renamedQuestion'] }])), /summary row .* "renamedQuestion"/],
      ['a review question that does not exist', broken(template, (t) => (t.review = { ...t.review, questionId: 'nope' })), /review refers to question "nope"/],
      ['a review option without months', broken(template, (t) => (t.review = { ...t.review, monthsByOption: {} })), /no months for option/],
      ['months for an option the question lacks', broken(template, (t) => (t.review = { ...t.review, monthsByOption: { ...t.review.monthsByOption, everyYear: 12 } })), /"everyYear", which is not an option/],
      [
        'a more protective cadence that waits longer',
        broken(template, (t) => {
          const options = choice(t, reviewId).options;
          t.review = { ...t.review, monthsByOption: { ...t.review.monthsByOption, [options.at(-1)!.id]: 24 } };
        }),
        /waits longer/,
      ],
      ['an endings section that does not exist', broken(template, (t) => (t.endingsSectionId = 'afterwards')), /endings section "afterwards"/],
      [
        'a default that is not the most protective',
        broken(template, (t) => {
          const question = choice(t, reviewId) as { defaultOption: string; options: ChoiceQuestion['options'] };
          question.defaultOption = question.options[0]!.id;
        }),
        /default must be the most protective/,
      ],
      ['a question id twice', broken(template, (t) => (t.sections = [...t.sections, { ...(t.sections[0] as Section), id: 'copied' }])), /appears twice/],
      [
        'an empty resource group',
        broken(template, (t) => (t.resourceGroups = [...t.resourceGroups, { title: 'Nobody', resources: [] }])),
        /resource group "Nobody" is empty/,
      ],
    ];
    it.each(cases)(`${template.id}: reports %s`, (_what, copy, expected) => {
      const problems = templateProblems(copy);
      expect(problems.some((problem) => expected.test(problem)), problems.join('\n')).toBe(true);
    });
  }
});
