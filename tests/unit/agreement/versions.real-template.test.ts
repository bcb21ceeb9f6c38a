import { describe, expect, it } from 'vitest';
import type { ChoiceQuestion, Template } from '../../../lib/template/types';
import { findQuestion } from '../../../lib/template/schema';
import { describeChange, diffVersions } from '../../../lib/agreement/diff';
import { exportAgreementFile, parseAgreementFile } from '../../../lib/agreement/file-format';
import { nextReviewForAgreement } from '../../../lib/agreement/review';
import { latestVersion, tightenAlone } from '../../../lib/agreement/versions';
import { defaultTemplate, templates } from '../../../templates/index';
import { makeAgreement, NAMES } from '../fixtures/agreement-fixture';

const { review } = defaultTemplate;
const REVIEW_QUESTION_ID = review.questionId;

describe('revisions over the real template', () => {
  it.each(templates.map((template: Template) => [template.id, template] as const))('%s: every review cadence has a length, sooner as it gets more protective', (_id, template) => {
    const question = findQuestion(template, template.review.questionId) as ChoiceQuestion | undefined;
    expect(question?.kind).toBe('choice');
    const ranked = [...question!.options].sort((first, second) => first.rank - second.rank);
    const months = ranked.map((option) => template.review.monthsByOption[option.id]);
    expect(months.every((value) => value !== undefined)).toBe(true);
    expect([...months].sort((first, second) => second! - first!)).toEqual(months);
  });

  it('tightens the review cadence alone, describes it, dates it and survives export', () => {
    const agreement = makeAgreement(defaultTemplate, { [REVIEW_QUESTION_ID]: 'every6Months' }, new Date('2025-01-31T10:00:00.000Z'));
    expect(nextReviewForAgreement(review, agreement)).toBe('2025-07-31');

    const result = tightenAlone(defaultTemplate, agreement, { by: 'b', questionId: REVIEW_QUESTION_ID, optionId: 'every3Months', typedName: NAMES.b }, new Date('2025-02-01T10:00:00.000Z'));
    if (!result.ok) throw new Error(result.problem);
    const [first, second] = result.agreement.versions;
    expect(diffVersions(defaultTemplate, first!, second!).map(describeChange)).toEqual(['Review: Every 6 months → Every 3 months']);
    expect(nextReviewForAgreement(review, result.agreement)).toBe('2025-04-30');
    expect(latestVersion(result.agreement).change?.by).toBe('b');

    const back = parseAgreementFile(exportAgreementFile(result.agreement));
    expect(back.ok && back.agreement).toEqual(result.agreement);
  });

  it('refuses to loosen the review cadence alone', () => {
    const agreement = makeAgreement(defaultTemplate);
    expect(tightenAlone(defaultTemplate, agreement, { by: 'a', questionId: REVIEW_QUESTION_ID, optionId: 'every6Months', typedName: NAMES.a })).toEqual({ ok: false, problem: 'notTighter' });
  });
});
