import { describe, expect, it } from 'vitest';
import { answersSchema, sectionDefaults, sectionSchema } from '@/lib/template/schema';
import type { Template } from '@/lib/template/types';
import { templates } from '@/templates';
import { fixtureTemplate } from '../fixtures/template-fixture';

// The rules use the small fixture (a wording or id change in the real template cannot break them);
// the per-section checks also run on every real template.
const template: Template = fixtureTemplate;

function fullAnswers(): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const section of template.sections) {
    for (const question of section.questions) answers[question.id] = question.kind === 'choice' ? question.defaultOption : true;
  }
  return answers;
}

describe('derived schemas', () => {
  it('accept a complete set of defaults with commitments affirmed', () => {
    expect(answersSchema(template).safeParse(fullAnswers()).success).toBe(true);
  });

  it('reject a missing answer, naming the question', () => {
    const answers = fullAnswers();
    delete answers.photos;
    const result = answersSchema(template).safeParse(answers);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('photos');
  });

  it('reject an option that is not in the template', () => {
    const result = answersSchema(template).safeParse({ ...fullAnswers(), photos: 'everything' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Please choose one option.');
  });

  it('reject an unticked commitment with a clear message', () => {
    const result = answersSchema(template).safeParse({ ...fullAnswers(), neverShow: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/tick this/);
  });

  it('reject values of the wrong type', () => {
    for (const bad of [1, null, {}, ['noPhotos'], true]) {
      expect(answersSchema(template).safeParse({ ...fullAnswers(), photos: bad }).success).toBe(false);
    }
  });

  it.each([fixtureTemplate, ...templates].map((of) => [`${of.id} v${of.version}`, of] as const))('give one schema per section that covers exactly its questions (%s)', (_name, of) => {
    for (const section of of.sections) {
      const schema = sectionSchema(section);
      expect(Object.keys(schema.def.shape).sort()).toEqual(section.questions.map((question) => question.id).sort());
      const defaults = sectionDefaults(section);
      const hasCommitment = section.questions.some((question) => question.kind === 'commitment');
      // Defaults pass unless a commitment still needs ticking: nobody is signed up by default.
      expect(schema.safeParse(defaults).success).toBe(!hasCommitment);
    }
  });

  it.each([fixtureTemplate, ...templates].map((of) => [`${of.id} v${of.version}`, of] as const))('default every choice to its most protective option (%s)', (_name, of) => {
    for (const section of of.sections) {
      const defaults = sectionDefaults(section);
      for (const question of section.questions) {
        if (question.kind !== 'choice') continue;
        const top = [...question.options].sort((x, y) => y.rank - x.rank)[0];
        expect(defaults[question.id]).toBe(top?.id);
      }
    }
  });
});
