import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../lib/agreement/schema';
import { signSeenChange, tightenAlone } from '../../../lib/agreement/versions';
import { nextReviewForAgreement } from '../../../lib/agreement/review';
import { buildAgreementPdfModel, resourcesOnce } from '../../../lib/pdf/model';
import { makeAgreement, NAMES, signedDraft, versionFromDraft } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const FINGERPRINT = 'b'.repeat(64);
const model = (agreement: Parameters<typeof buildAgreementPdfModel>[0]['agreement'], versionNumber: number, withTemplate = template) =>
  buildAgreementPdfModel({ template: withTemplate, agreement, versionNumber, fingerprint: FINGERPRINT });

describe('the PDF tells the truth of each version', () => {
  const agreement = makeAgreement(template, { reviewCadence: 'every6Months' }, new Date('2025-01-31T10:00:00.000Z'));
  const loosePhotos = makeAgreement(template, { photos: 'withFace', reviewCadence: 'every6Months' }, new Date('2025-01-31T10:00:00.000Z'));
  const stricter = tightenAlone(template, loosePhotos, { by: 'a', questionId: 'photos', optionId: 'noPhotos', typedName: NAMES.a }, new Date('2025-03-10T10:00:00.000Z'));
  if (!stricter.ok) throw new Error(stricter.problem);

  it('a version both signed says "Signed", with two typed signatures and no story', () => {
    const first = model(loosePhotos, 1);
    expect(first.signedLabel).toBe('SIGNED');
    expect(first.record).toEqual([]);
    expect(first.acknowledgementsTitle).toBe('What we both confirm');
    expect(first.signatures.map((signature) => [signature.label, signature.name])).toEqual([
      ['Typed signature', NAMES.a],
      ['Typed signature', NAMES.b],
    ]);
  });

  it('a version one partner made stricter says who did it alone, and that the other has not seen it', () => {
    const second = model(stricter.agreement, 2);
    expect(second.signedLabel).toBe('MADE STRICTER');
    expect(second.record).toEqual([
      `${NAMES.a} made this version stricter alone, on 10 March 2025. Making a term stricter needs only one of us.`,
      `${NAMES.b} has not seen it yet. It is in force all the same, and ${NAMES.b} has not signed it.`,
      'We last signed together on version 1, on 31 January 2025: everything not changed since is as we both signed it then.',
    ]);
    expect(second.signatures).toEqual([
      { label: 'Made it stricter, alone', name: NAMES.a, signedAt: expect.stringMatching(/^Signed 10 March 2025/) },
      { label: 'Has not seen it yet', name: NAMES.b, signedAt: 'Has not seen or signed this version' },
    ]);
    expect(second.acknowledgementsTitle).toBe('What we both confirmed when we signed version 1 together');
    expect(second.changes?.intro).toBe(`Made stricter by ${NAMES.a} alone. Anything looser would have needed us both.`);
    const photos = second.sections.flatMap((section) => section.clauses).find((clause) => clause.questionId === 'photos');
    expect(photos?.changedNote).toBe(`${NAMES.a} made this stricter alone in version 2, on 10 March 2025. ${NAMES.b} has not seen it yet.`);
    const others = second.sections.flatMap((section) => section.clauses).filter((clause) => clause.questionId !== 'photos');
    expect(others.every((clause) => clause.changedNote === undefined)).toBe(true);
  });

  it('once the other partner has seen it, says so with the date, and still not that both signed it together', () => {
    const seen = signSeenChange(stricter.agreement, 'b', 2, NAMES.b, new Date('2025-03-12T08:00:00.000Z'));
    if (!seen.ok) throw new Error(seen.problem);
    const second = model(seen.agreement, 2);
    expect(second.record[1]).toBe(`${NAMES.b} has seen it, and signed to say so on 12 March 2025.`);
    expect(second.signatures[1]).toEqual({ label: 'Has seen it', name: NAMES.b, signedAt: expect.stringMatching(/^Signed as seen 12 March 2025/) });
    expect(second.signedLabel).toBe('MADE STRICTER');
  });

  it('prints the same next review as the app shows for the version in force', () => {
    const cadence = tightenAlone(template, agreement, { by: 'b', questionId: 'reviewCadence', optionId: 'every3Months', typedName: NAMES.b }, new Date('2025-03-10T10:00:00.000Z'));
    if (!cadence.ok) throw new Error(cadence.problem);
    const withReviewRow = { ...template, summary: [...template.summary, { label: 'Looking again', questionIds: ['reviewCadence'] }] };
    const printed = model(cadence.agreement, 2, withReviewRow).summary.flatMap((row) => row.lines).find((line) => line.startsWith('Next review'));
    expect(nextReviewForAgreement(template.review, cadence.agreement)).toBe('2025-04-30');
    expect(printed).toBe('Next review: 30 April 2025.');
  });

  it('lists each help line once, naming it under a later heading instead of repeating it', () => {
    const one = { name: 'One', what: 'a', contact: '1', where: 'x' };
    const two = { name: 'Two', what: 'b', contact: '2', where: 'y' };
    expect(resourcesOnce([{ title: 'First', resources: [one, two] }, { title: 'Second', resources: [two] }])).toEqual([
      { title: 'First', resources: [one, two], listedAbove: [] },
      { title: 'Second', resources: [], listedAbove: ['Two'] },
    ]);
  });
});

/** Both answered differently on photos; the more protective answer was taken. */
function differingDraft(choices?: Draft['privateAnswers']): Draft {
  const draft = signedDraft(template);
  return {
    ...draft,
    answers: { a: { ...draft.answers.a, photos: 'withFace' }, b: { ...draft.answers.b, photos: 'noPhotos' } },
    resolutions: { photos: { optionId: 'noPhotos', confirmedBy: { a: false, b: false } } },
    ...(choices ? { privateAnswers: choices } : {}),
  };
}

describe('the first private answers, printed only if the couple kept them', () => {
  const at = new Date('2025-01-31T10:00:00.000Z');
  const settledNote = (draft: Draft) => {
    const agreement = { id: 'agreement1', versions: [versionFromDraft(template, draft, 1, null, at)] };
    return model(agreement, 1).sections.flatMap((section) => section.clauses).find((clause) => clause.questionId === 'photos')?.settledNote;
  };

  it('prints them as before on a version made before the choice existed', () => {
    expect(settledNote(differingDraft())).toBe(`We answered differently (${NAMES.a}: “With face”; ${NAMES.b}: “No photos”), and we took the more protective answer.`);
  });

  it('prints them when both chose to keep them', () => {
    expect(settledNote(differingDraft({ a: 'kept', b: 'kept' }))).toContain('With face');
  });

  it('prints only how the term was settled when either chose to leave them out', () => {
    for (const choices of [{ a: 'leftOut', b: 'kept' }, { a: 'kept', b: 'leftOut' }, { a: 'leftOut', b: 'leftOut' }] as const) {
      expect(settledNote(differingDraft(choices))).toBe('We answered differently, and we took the more protective answer.');
    }
  });

  it('never prints them from a version that says they were left out, even if a file carries them', () => {
    const version = { ...versionFromDraft(template, differingDraft(), 1, null, at), privateAnswers: 'leftOut' as const };
    const printed = JSON.stringify(model({ id: 'agreement1', versions: [version] }, 1));
    expect(printed).not.toContain('With face');
    expect(printed).toContain('We answered differently, and we took the more protective answer.');
  });

  it('says a term made stricter alone was changed by one partner, not settled by the two answering differently', () => {
    const draft = differingDraft({ a: 'leftOut', b: 'leftOut' });
    const agreement = { id: 'agreement1', versions: [versionFromDraft(template, draft, 1, null, at)] };
    const tightened = tightenAlone(template, agreement, { by: 'b', questionId: 'photos', optionId: 'noPhotos', typedName: NAMES.b }, new Date('2025-02-01T10:00:00.000Z'));
    // Photos is already the most careful; loosen the fixture's copy to tighten it again.
    const looser = { ...agreement, versions: [{ ...agreement.versions[0]!, terms: agreement.versions[0]!.terms.map((term) => (term.questionId === 'reviewCadence' ? { ...term, optionId: 'every6Months', settledBy: 'protective' as const } : term)) }] };
    const again = tightenAlone(template, looser, { by: 'b', questionId: 'reviewCadence', optionId: 'everyMonth', typedName: NAMES.b }, new Date('2025-02-01T10:00:00.000Z'));
    if (tightened.ok || !again.ok) throw new Error('fixture');
    expect(again.agreement.versions[1]?.privateAnswers).toBe('leftOut');
    const clauses = model(again.agreement, 2).sections.flatMap((section) => section.clauses);
    const cadence = clauses.find((each) => each.questionId === 'reviewCadence');
    expect(cadence?.settledNote).toBeUndefined();
    expect(cadence?.changedNote).toBe(`${NAMES.b} made this stricter alone in version 2, on 1 February 2025. ${NAMES.a} has not seen it yet.`);
    expect(clauses.find((each) => each.questionId === 'photos')?.settledNote).toBe('We answered differently, and we took the more protective answer.');
  });
});
