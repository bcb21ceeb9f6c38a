import { describe, expect, it } from 'vitest';
import { findOption } from '../../../lib/agreement/merge';
import { asNearestTerms } from '../../../lib/agreement/nearest';
import { earlierAnswers, upgradeSummary } from '../../../lib/agreement/upgrade';
import { findQuestion } from '../../../lib/template/schema';
import { findTemplate } from '../../../templates/index';
import { makeAgreement } from '../fixtures/agreement-fixture';

const v1 = findTemplate('intimate-messaging', 1)!;
const v2 = findTemplate('intimate-messaging', 2)!;
const label = (template: typeof v1, questionId: string, optionId: string) => {
  const question = findQuestion(template, questionId);
  return question?.kind === 'choice' ? findOption(question, optionId)?.label : undefined;
};
const affirmation = (template: typeof v1, questionId: string) => {
  const question = findQuestion(template, questionId);
  return question?.kind === 'commitment' ? question.affirmation : undefined;
};

describe('what the wizard shows while moving a version-1 agreement to version 2', () => {
  const agreement = makeAgreement(v1, { identifyingDetails: 'never', lockScreenPreviews: 'hidePreviews' });
  const version = agreement.versions[0]!;
  const result = earlierAnswers(v1, v2, version);
  if (!result.ok) throw new Error(result.problem);
  const { answers } = result;

  it('marks every new question as new', () => {
    const added = v2.upgrade!.questions.filter((change) => change.change === 'new' && change.question !== 'containTogether');
    expect(added.length).toBeGreaterThan(5);
    for (const change of added) expect(answers.get(change.question), change.question).toEqual({ kind: 'new' });
  });

  it('shows an option whose words changed in the words they signed, with why, without the review’s pointers', () => {
    const identifying = answers.get('identifyingDetails');
    expect(identifying).toMatchObject({ kind: 'earlier', words: label(v1, 'identifyingDetails', 'never') });
    expect(identifying?.kind === 'earlier' && identifying.why).toMatch(/names/);
    expect(identifying?.kind === 'earlier' && identifying.why).not.toMatch(/review/);
  });

  it('names the options added to a question', () => {
    const previews = answers.get('lockScreenPreviews');
    expect(previews?.kind).toBe('earlier');
    if (previews?.kind !== 'earlier') return;
    expect(previews.words).toBe(label(v1, 'lockScreenPreviews', 'hidePreviews'));
    expect(previews.added).toEqual([label(v2, 'lockScreenPreviews', 'hideEverywhere')]);
    // Asked again from the most careful option, with the one closest to what they had pointed out.
    expect(previews.nearest).toBe('hidePreviews');
  });

  it('shows a reworded or replaced commitment in its earlier words', () => {
    expect(answers.get('noAppsOrAi')).toMatchObject({ kind: 'earlier', words: affirmation(v1, 'noAppsOrAi') });
    expect(answers.get('containTogether')).toMatchObject({ kind: 'earlier', words: affirmation(v1, 'containNotBlame') });
  });

  it('says nothing on a question that carries over with the same words', () => {
    expect(answers.has('checkInStyle')).toBe(false);
    expect(answers.has('reviewCadence')).toBe(false);
    expect(answers.has('disappearingMessages')).toBe(false);
  });

  it('counts what is new for the invitation, and names the new sections', () => {
    const summary = upgradeSummary(v1, v2, answers);
    expect(summary.newQuestions).toBe([...answers.values()].filter((answer) => answer.kind === 'new').length);
    expect(summary.changedQuestions).toBeGreaterThanOrEqual(4);
    expect(summary.newSections).toEqual(v2.sections.filter((section) => !v1.sections.some((old) => old.id === section.id)).map((section) => section.title));
    expect(summary.newSections).toHaveLength(2);
  });

  it('refuses a version that was not signed on the earlier template', () => {
    expect(earlierAnswers(v1, v2, makeAgreement(v2).versions[0]!)).toEqual({ ok: false, problem: 'otherTemplate' });
  });
});

describe('earlier terms read as their nearest option now', () => {
  it('keeps every question version 2 still has and leaves out the replaced one', () => {
    const terms = asNearestTerms(v2, makeAgreement(v1).versions[0]!.terms);
    const ids = terms.map((term) => term.questionId);
    expect(ids).toContain('identifyingDetails');
    expect(ids).not.toContain('containNotBlame');
    for (const term of terms) expect(findQuestion(v2, term.questionId), term.questionId).toBeDefined();
  });
});

describe('comparing across the move', () => {
  it('reads the version-1 terms in version 2’s words: no raw ids, the replaced commitment shows as its replacement', async () => {
    const { diffVersions, describeChange } = await import('../../../lib/agreement/diff');
    const before = makeAgreement(v1, { lockScreenPreviews: 'hidePreviews' }).versions[0]!;
    const after = makeAgreement(v2, { lockScreenPreviews: 'hideEverywhere' }).versions[0]!;
    const lines = diffVersions(v2, before, after).map(describeChange);
    expect(lines.some((line) => line.includes('containNotBlame'))).toBe(false);
    expect(lines.filter((line) => line.includes(': removed'))).toEqual([]);
    expect(lines).toContain(`${findQuestion(v2, 'lockScreenPreviews')!.short}: ${label(v2, 'lockScreenPreviews', 'hidePreviews')} → ${label(v2, 'lockScreenPreviews', 'hideEverywhere')}`);
    expect(lines.some((line) => line.startsWith(`${findQuestion(v2, 'containTogether')!.short}: added`))).toBe(true);
    // Within one version, the comparison is as it always was.
    expect(diffVersions(v2, makeAgreement(v2).versions[0]!, after)).toEqual([]);
  });
});
