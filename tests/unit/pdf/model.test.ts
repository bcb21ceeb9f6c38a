import { describe, expect, it } from 'vitest';
import type { Template } from '../../../lib/template/types';
import { buildAgreementPdfModel } from '../../../lib/pdf/model';
import { tightenAlone } from '../../../lib/agreement/versions';
import { makeAgreement, NAMES } from '../fixtures/agreement-fixture';
import { fixtureTemplate } from '../fixtures/template-fixture';

const FINGERPRINT = 'a'.repeat(64);

/** The fixture with its review question renamed, so nothing can rely on a fixed id. */
const template: Template = {
  ...fixtureTemplate,
  sections: fixtureTemplate.sections.map((section) => ({
    ...section,
    questions: section.questions.map((question) => (question.id === 'reviewCadence' ? { ...question, id: 'lookAgain' } : question)),
  })),
  summary: [
    { label: 'Photos and asking', questionIds: ['photos', 'askFirst'] },
    { label: 'Looking again', questionIds: ['lookAgain'] },
  ],
  review: { questionId: 'lookAgain', monthsByOption: { every6Months: 6, every3Months: 3, everyMonth: 1 } },
  resourceGroups: [{ title: 'Someone to talk to', resources: [{ name: 'A helpline', what: 'Listens.', contact: '0000', where: 'Here' }] }],
};

describe('the PDF model', () => {
  const agreement = makeAgreement(template, { lookAgain: 'every3Months' }, new Date('2025-01-31T10:00:00.000Z'));
  const model = buildAgreementPdfModel({ template, agreement, versionNumber: 1, fingerprint: FINGERPRINT });

  it('takes its summary rows, and the review date, from the template', () => {
    expect(model.summary.map((row) => row.label)).toEqual(['Photos and asking', 'Looking again']);
    expect(model.summary[0]?.lines).toEqual(['We do not send photos.', 'We both opt in that day first.']);
    expect(model.summary[1]?.lines).toEqual(['Every 3 months.', 'Next review: 30 April 2025.']);
  });

  it('prints the template’s own resource groups', () => {
    expect(model.resources).toEqual(template.resourceGroups.map((group) => ({ ...group, listedAbove: [] })));
  });

  it('has no changes on a first version, and works them out itself from version 2 on', () => {
    expect(model.changes).toBeUndefined();
    const tightened = tightenAlone(template, agreement, { by: 'b', questionId: 'lookAgain', optionId: 'everyMonth', typedName: NAMES.b }, new Date('2025-02-01T10:00:00.000Z'));
    if (!tightened.ok) throw new Error(tightened.problem);
    const second = buildAgreementPdfModel({ template, agreement: tightened.agreement, versionNumber: 2, fingerprint: FINGERPRINT });
    expect(second.changes).toEqual({ fromVersion: 1, intro: `Made stricter by ${NAMES.b} alone. Anything looser would have needed us both.`, lines: ['Review: Every 3 months → Every month'] });
    expect(second.summary[1]?.lines[0]).toBe('Every month.');
  });

  it('is the same model every time for the same data', () => {
    const again = buildAgreementPdfModel({ template, agreement: structuredClone(agreement), versionNumber: 1, fingerprint: FINGERPRINT });
    expect(JSON.stringify(again)).toBe(JSON.stringify(model));
  });
});
