import { describe, expect, it } from 'vitest';
import { answersSchema, sectionDefaults, sectionSchema } from '@/lib/template/schema';
import { defaultTemplate } from '@/templates';

const template = defaultTemplate;

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
    delete answers.contentKinds;
    const result = answersSchema(template).safeParse(answers);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('contentKinds');
  });

  it('reject an option that is not in the template', () => {
    const result = answersSchema(template).safeParse({ ...fullAnswers(), contentKinds: 'everything' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Please choose one option.');
  });

  it('reject an unticked commitment with a clear message', () => {
    const result = answersSchema(template).safeParse({ ...fullAnswers(), noConsequences: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/tick this/);
  });

  it('reject values of the wrong type', () => {
    for (const bad of [1, null, {}, ['nothingForNow'], true]) {
      expect(answersSchema(template).safeParse({ ...fullAnswers(), contentKinds: bad }).success).toBe(false);
    }
  });

  it('give one schema per section that covers exactly its questions', () => {
    for (const section of template.sections) {
      const schema = sectionSchema(section);
      expect(Object.keys(schema.def.shape).sort()).toEqual(section.questions.map((question) => question.id).sort());
      const defaults = sectionDefaults(section);
      const hasCommitment = section.questions.some((question) => question.kind === 'commitment');
      // Defaults pass unless a commitment still needs ticking: nobody is signed up by default.
      expect(schema.safeParse(defaults).success).toBe(!hasCommitment);
    }
  });

  it('default every choice to its most protective option', () => {
    for (const section of template.sections) {
      const defaults = sectionDefaults(section);
      for (const question of section.questions) {
        if (question.kind !== 'choice') continue;
        const top = [...question.options].sort((x, y) => y.rank - x.rank)[0];
        expect(defaults[question.id]).toBe(top?.id);
      }
    }
  });
});
