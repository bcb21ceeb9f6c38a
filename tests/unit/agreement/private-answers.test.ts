import { describe, expect, it } from 'vitest';
import { readyToSign } from '../../../lib/agreement/draft';
import { signAs } from '../../../lib/agreement/draft-flow';
import { privateAnswersOutcome, printsPrivateAnswers, withPrivateAnswers } from '../../../lib/agreement/private-answers';
import { versionSchema, type Draft } from '../../../lib/agreement/schema';
import { checkIncoming } from '../../../lib/agreement/incoming';
import { NAMES, signedDraft, versionFromDraft } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const at = new Date('2025-01-31T10:00:00.000Z');

function differing(): Draft {
  const draft = signedDraft(template);
  return {
    ...draft,
    answers: { a: { ...draft.answers.a, photos: 'withFace' }, b: { ...draft.answers.b, photos: 'noPhotos' } },
    resolutions: { photos: { optionId: 'noPhotos', confirmedBy: { a: false, b: false } } },
  };
}

describe('keeping or leaving out the first private answers', () => {
  it('keeps them only if both chose to; either alone leaves them out; no choice at all is the old behaviour', () => {
    expect(privateAnswersOutcome({})).toBeUndefined();
    expect(privateAnswersOutcome({ privateAnswers: {} })).toBeUndefined();
    expect(privateAnswersOutcome({ privateAnswers: { a: 'kept', b: 'kept' } })).toBe('kept');
    expect(privateAnswersOutcome({ privateAnswers: { a: 'kept' } })).toBe('leftOut');
    expect(privateAnswersOutcome({ privateAnswers: { a: 'kept', b: 'leftOut' } })).toBe('leftOut');
    expect(privateAnswersOutcome({ privateAnswers: { b: 'leftOut' } })).toBe('leftOut');
  });

  it('a version signed with them left out stores no first answer at all, but keeps how each term was settled', () => {
    const draft = { ...differing(), privateAnswers: { a: 'leftOut', b: 'kept' } } as const;
    const version = versionFromDraft(template, draft, 1, null, at);
    expect(version.privateAnswers).toBe('leftOut');
    expect(version.terms.some((term) => term.answers)).toBe(false);
    expect(version.terms.find((term) => term.questionId === 'photos')).toEqual({ questionId: 'photos', optionId: 'noPhotos', settledBy: 'protective' });
    expect(versionSchema.safeParse(version).success).toBe(true);
    expect(JSON.stringify(version)).not.toContain('withFace');
  });

  it('a version made without the choice is exactly as before (no field, answers kept)', () => {
    const version = versionFromDraft(template, differing(), 1, null, at);
    expect('privateAnswers' in version).toBe(false);
    expect(version.terms.find((term) => term.questionId === 'photos')?.answers).toEqual({ a: 'withFace', b: 'noPhotos' });
    expect(printsPrivateAnswers(version)).toBe(true);
    expect(withPrivateAnswers(version, undefined)).toBe(version);
  });

  it('each partner’s choice is recorded with their own signature', () => {
    const unsigned: Draft = { ...differing(), signatures: {} };
    const ready = readyToSign(template, unsigned);
    if (!ready.ok) throw new Error(ready.problem);
    const acks = template.acknowledgements.map((ack) => ack.id);
    const first = signAs(ready.ready, 'a', { acknowledged: acks, typedName: NAMES.a, privateAnswers: 'kept' }, at);
    if (!first.ok) throw new Error(first.problem);
    expect(first.draft.privateAnswers).toEqual({ a: 'kept' });
    const readyB = readyToSign(template, first.draft);
    if (!readyB.ok) throw new Error(readyB.problem);
    const second = signAs(readyB.ready, 'b', { acknowledged: acks, typedName: NAMES.b, privateAnswers: 'leftOut' }, at);
    if (!second.ok || !second.signed) throw new Error('not signed');
    expect(second.draft.privateAnswers).toEqual({ a: 'kept', b: 'leftOut' });
    expect(privateAnswersOutcome(second.draft)).toBe('leftOut');
  });

  // Found through two phones: a term settled by a looser choice both confirmed, signed with the first
  // answers left out, was refused by the very check every imported file and shared copy passes.
  it('a version signed with them left out passes the import check however each term was settled, and one that still carries them does not', () => {
    const lookup = (id: string, version: number) => (id === template.id && version === template.version ? template : undefined);
    const settled = (optionId: string, confirmed: boolean): Draft => ({
      ...differing(),
      resolutions: { photos: { optionId, confirmedBy: { a: confirmed, b: confirmed } } },
      privateAnswers: { a: 'leftOut', b: 'leftOut' },
    });
    for (const [optionId, confirmed, settledBy] of [
      ['noPhotos', false, 'protective'],
      ['withFace', true, 'bothConfirmedLooser'],
      ['withoutFace', true, 'bothConfirmedLooser'],
    ] as const) {
      const version = versionFromDraft(template, settled(optionId, confirmed), 1, null, at);
      expect(version.terms.find((term) => term.questionId === 'photos')).toEqual({ questionId: 'photos', optionId, settledBy });
      expect(checkIncoming(lookup, { id: 'agreement1', versions: [version] }).ok).toBe(true);
      const carrying = { ...version, terms: version.terms.map((term) => (term.questionId === 'photos' ? { ...term, answers: { a: 'withFace', b: 'noPhotos' } } : term)) };
      expect(checkIncoming(lookup, { id: 'agreement1', versions: [carrying] }).ok).toBe(false);
    }
  });
});
