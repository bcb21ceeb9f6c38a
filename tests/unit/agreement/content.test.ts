import { describe, expect, it } from 'vitest';
import { checklistFor, renderSections } from '../../../lib/agreement/clauses';
import { setAsideFor } from '../../../lib/agreement/content';
import { templateProblems } from '../../../lib/template/problems';
import type { Template } from '../../../lib/template/types';
import { buildAgreementPdfModel } from '../../../lib/pdf/model';
import { makeAgreement } from '../fixtures/agreement-fixture';
import { fixtureTemplate } from '../fixtures/template-fixture';

/** The fixture with a rule: while no photos are sent, the "others" section has nothing to say. */
const template: Template = {
  ...fixtureTemplate,
  sections: fixtureTemplate.sections.map((section) =>
    section.id === 'others'
      ? {
          ...section,
          checklist: {
            title: 'What to do',
            items: ['Keep evidence.'],
            appSteps: [{ text: 'Log out linked devices', settings: { whatsapp: { steps: ['Settings > Linked devices', 'Log out'] }, signal: { steps: ['Settings > Linked devices'] }, imessage: null } }],
          },
        }
      : section,
  ),
  setAside: [{ questionId: 'photos', optionIds: ['noPhotos'], sectionIds: ['others'], note: 'We send no photos for now.' }],
};

describe('content that adapts to the terms', () => {
  it('sets sections aside only while the term is one of the named options, and says which', () => {
    const none = setAsideFor(template, [{ questionId: 'photos', optionId: 'noPhotos', settledBy: 'same' }]);
    expect([...none.sectionIds]).toEqual(['others']);
    expect(none.notes).toEqual(['We send no photos for now. Left out here: Other people.']);
    const two = setAsideFor({ ...template, setAside: [{ ...template.setAside![0]!, sectionIds: ['others', 'sharing', 'revisit'] }] }, [{ questionId: 'photos', optionId: 'noPhotos', settledBy: 'same' }]);
    expect(two.notes).toEqual(['We send no photos for now. Left out here: What we share, Other people and Revisiting.']);
    expect(setAsideFor(template, [{ questionId: 'photos', optionId: 'withFace', settledBy: 'same' }]).sectionIds.size).toBe(0);
    expect(setAsideFor(fixtureTemplate, [{ questionId: 'photos', optionId: 'noPhotos', settledBy: 'same' }]).sectionIds.size).toBe(0);
  });

  it('leaves those sections (and their summary lines and checklists) out of the PDF, and prints why', () => {
    const model = buildAgreementPdfModel({ template, agreement: makeAgreement(template), versionNumber: 1, fingerprint: 'c'.repeat(64) });
    expect(model.sections.map((section) => section.id)).toEqual(['sharing', 'revisit']);
    expect(model.sections.map((section) => section.number)).toEqual([1, 2]);
    expect(model.setAside).toEqual(['We send no photos for now. Left out here: Other people.']);
    expect(model.checklists).toEqual([]);
    const shared = buildAgreementPdfModel({ template, agreement: makeAgreement(template, { photos: 'withFace' }), versionNumber: 1, fingerprint: 'c'.repeat(64) });
    expect(shared.sections.map((section) => section.id)).toEqual(['sharing', 'others', 'revisit']);
    expect(shared.setAside).toEqual([]);
  });

  it('lists each step that differs by app once for every app chosen, not only the first', () => {
    const checklist = template.sections.find((section) => section.id === 'others')!.checklist!;
    expect(checklistFor(checklist, ['whatsapp', 'signal', 'imessage', 'telegram']).items).toEqual([
      'In WhatsApp, log out linked devices: Settings > Linked devices > Log out.',
      'In Signal, log out linked devices: Settings > Linked devices.',
      'iMessage has no setting to log out linked devices.',
      'In Telegram, log out linked devices: look for it in the app’s own settings.',
      'Keep evidence.',
    ]);
    expect(checklistFor({ ...checklist, items: ['First.', 'Last.'], appStepsAfter: 1 }, ['signal']).items).toEqual([
      'First.',
      'In Signal, log out linked devices: Settings > Linked devices.',
      'Last.',
    ]);
    const rendered = renderSections(template, { terms: [], apps: ['signal'], partners: { a: { name: 'A' }, b: { name: 'B' } } });
    expect(rendered.find((section) => section.id === 'others')?.checklist?.items[0]).toBe('In Signal, log out linked devices: Settings > Linked devices.');
  });

  it('the template checks every reference in its rules', () => {
    expect(templateProblems(template)).toEqual([]);
    const bad = (setAside: Template['setAside']) => templateProblems({ ...template, setAside });
    expect(bad([{ questionId: 'nope', optionIds: ['x'], sectionIds: ['others'], note: 'n' }])).toEqual(['The sections set aside under "nope" refer to a question that is not a choice question of this template.']);
    expect(bad([{ questionId: 'photos', optionIds: ['x'], sectionIds: ['others'], note: 'n' }])).toEqual(['The sections set aside under "photos" name option "x", which "photos" does not have.']);
    expect(bad([{ questionId: 'photos', optionIds: ['noPhotos'], sectionIds: ['gone'], note: 'n' }])).toEqual(['The sections set aside under "photos" name section "gone", which this template does not have.']);
    expect(bad([{ questionId: 'photos', optionIds: ['noPhotos'], sectionIds: ['sharing'], note: 'n' }])).toEqual(['The sections set aside under "photos" would hide section "sharing", which holds the deciding question or the review.']);
    expect(bad([{ questionId: 'photos', optionIds: ['noPhotos'], sectionIds: ['revisit'], note: 'n' }])).toHaveLength(1);
    expect(bad([{ questionId: 'photos', optionIds: [], sectionIds: [], note: ' ' }])).toHaveLength(3);
    const others = template.sections.find((section) => section.id === 'others')!;
    const misplaced = { ...template, sections: template.sections.map((section) => (section === others ? { ...others, checklist: { ...others.checklist!, appStepsAfter: 5 } } : section)) };
    expect(templateProblems(misplaced)).toEqual(['Section "others": its checklist\'s steps by app come after 5 items, but it has 1.']);
  });
});
