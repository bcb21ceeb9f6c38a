import { describe, expect, it } from 'vitest';
import { apartAgreement, apartCustomTerms, apartReview, createApartValidators, termsKey, type ApartParts, type ApartProgress } from '../../../lib/apart/shared';
import { fingerprintVersion } from '../../../lib/agreement/fingerprint';
import { fixtureTemplate as template } from '../fixtures/template-fixture';
import { answers } from '../fixtures/agreement-fixture';

const apartValidators = createApartValidators((id, version) => (id === template.id && version === template.version ? template : undefined));
const context = { rev: 1, role: 'shared' as const, direction: 'in' as const };
const progress = (name: string, extra: Partial<ApartProgress> = {}): ApartProgress => ({ v: 1, name, answered: 4, total: 4, confirms: {}, ...extra });

/** A (Sam) asks for no photos, B (Alex) is fine with photos without faces: one term to talk about. */
function parts(extra: { a?: Partial<ApartProgress>; b?: Partial<ApartProgress>; choices?: Record<string, string> } = {}): ApartParts {
  return {
    template,
    record: { v: 1, agreementId: 'sharedId1', choices: extra.choices ?? {} },
    progress: { a: progress('Sam', { apps: ['signal'], ...extra.a }), b: progress('Alex', extra.b) },
    answers: { a: answers(template), b: answers(template, { photos: 'withoutFace' }) },
  };
}

function signedBoth(base: ApartParts, atA: string, atB: string): ApartParts {
  const review = apartReview(base);
  if (review.kind !== 'review' || !review.ready) throw new Error('not ready');
  const terms = termsKey(review.ready);
  const acks = template.acknowledgements.map((ack) => ack.id);
  return {
    ...base,
    progress: {
      a: { ...base.progress.a, signed: { acks, signature: { name: 'Sam', at: atA }, terms } },
      b: { ...base.progress.b, signed: { acks, signature: { name: 'Alex', at: atB }, terms } },
    },
  };
}

describe('apart mode: first private answers', () => {
  const settled = () => signedBoth(parts({ choices: { photos: 'noPhotos' } }), '2026-12-01T10:00:00.000Z', '2026-12-01T10:05:00.000Z');
  const choosing = (a: 'kept' | 'leftOut' | undefined, b: 'kept' | 'leftOut' | undefined): ApartParts => {
    const base = settled();
    const withChoice = (partner: 'a' | 'b', choice: typeof a) => ({ ...base.progress[partner], signed: { ...base.progress[partner].signed!, ...(choice ? { privateAnswers: choice } : {}) } });
    return { ...base, progress: { a: withChoice('a', a), b: withChoice('b', b) } };
  };
  const photos = (agreement: ReturnType<typeof apartAgreement>) => agreement!.versions[0]!.terms.find((term) => term.questionId === 'photos')!;

  it('sealed answers stay out of the agreement unless both chose to keep them; a signature without a choice counts as leaving them out', () => {
    for (const [a, b] of [[undefined, undefined], ['kept', undefined], ['kept', 'leftOut'], ['leftOut', 'kept']] as const) {
      const agreement = apartAgreement(choosing(a, b));
      expect(agreement!.versions[0]!.privateAnswers).toBe('leftOut');
      expect(photos(agreement).answers).toBeUndefined();
      expect(photos(agreement).settledBy).not.toBe('same');
    }
    const kept = apartAgreement(choosing('kept', 'kept'));
    expect(kept!.versions[0]!.privateAnswers).toBe('kept');
    expect(photos(kept).answers).toEqual({ a: 'noPhotos', b: 'withoutFace' });
  });

  it('the choice is not part of what a signature is bound to: each may choose, and both signatures still fit', () => {
    const review = apartReview(choosing('kept', 'leftOut'));
    expect(review.kind === 'review' && review.signedBy).toEqual({ a: true, b: true });
  });
});

describe('apart mode: one agreement from two phones', () => {
  it('is pending until a choice is made for the term that differs', () => {
    const review = apartReview(parts());
    expect(review.kind === 'review' && review.settled).toBe(false);
    expect(apartAgreement(parts())).toBeNull();
  });

  it('builds the same bytes on both devices: the shared id, and the later signature as its time', async () => {
    const settled = parts({ choices: { photos: 'noPhotos' } });
    const signed = signedBoth(settled, '2026-12-01T10:00:00.000Z', '2026-12-01T10:05:00.000Z');
    // The other device got the same parts through the server: structurally equal, not the same objects.
    const elsewhere = structuredClone(signed);
    const here = apartAgreement(signed);
    const there = apartAgreement(elsewhere);
    expect(here).not.toBeNull();
    expect(JSON.stringify(here)).toBe(JSON.stringify(there));
    expect(here?.id).toBe('sharedId1');
    expect(here?.versions[0]?.createdAt).toBe('2026-12-01T10:05:00.000Z');
    expect(here?.versions[0]?.apps).toEqual(['signal']);
    expect(await fingerprintVersion(here!.versions[0]!)).toBe(await fingerprintVersion(there!.versions[0]!));
  });

  it('a signature counts only for the terms it was given on', () => {
    const signed = signedBoth(parts({ choices: { photos: 'noPhotos' } }), '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z');
    // One partner picks another (still careful) option afterwards: both must sign again.
    const changed = { ...signed, record: { ...signed.record, choices: { photos: 'noPhotos', askFirst: 'bothOptIn' } } };
    expect(apartAgreement(changed)).not.toBeNull();
    const moved = { ...signed, record: { ...signed.record, choices: { photos: 'withoutFace' } }, progress: { a: { ...signed.progress.a, confirms: { photos: 'withoutFace' } }, b: { ...signed.progress.b, confirms: { photos: 'withoutFace' } } } };
    const review = apartReview(moved);
    expect(review.kind === 'review' && review.signedBy).toEqual({ a: false, b: false });
    expect(apartAgreement(moved)).toBeNull();
  });

  it('a less careful choice needs each partner’s own confirmation', () => {
    const onlyB = parts({ choices: { photos: 'withoutFace' }, b: { confirms: { photos: 'withoutFace' } } });
    const pending = apartReview(onlyB);
    expect(pending.kind === 'review' && pending.terms.find((term) => term.question.id === 'photos')?.settledBy).toBe('pending');
    // A confirmation of another option is not a confirmation of this one.
    const wrong = parts({ choices: { photos: 'withoutFace' }, a: { confirms: { photos: 'withFace' } }, b: { confirms: { photos: 'withoutFace' } } });
    const stillPending = apartReview(wrong);
    expect(stillPending.kind === 'review' && stillPending.settled).toBe(false);
    const both = parts({ choices: { photos: 'withoutFace' }, a: { confirms: { photos: 'withoutFace' } }, b: { confirms: { photos: 'withoutFace' } } });
    const settled = apartReview(both);
    expect(settled.kind === 'review' && settled.terms.find((term) => term.question.id === 'photos')?.settledBy).toBe('bothConfirmedLooser');
  });

  it('refuses what does not fit, whichever way it travels', () => {
    expect(apartValidators.progress(progress('Sam'), context).ok).toBe(true);
    expect(apartValidators.progress({ ...progress('Sam'), name: '' }, context).ok).toBe(false);
    expect(apartValidators.progress({ ...progress('Sam'), answered: 101 }, context).ok).toBe(false);
    expect(apartValidators.record({ v: 1, agreementId: 'x y', choices: {} }, context).ok).toBe(false);
    expect(apartValidators.record({ v: 2, agreementId: 'x', choices: {} }, context).ok).toBe(false);
    expect(apartValidators.answers({ photos: 42 }, context).ok).toBe(false);
  });

  it('own words come from each author’s own slot, A’s first, and both phones build the same version with them', async () => {
    const mine = { id: 'own1', author: 'a' as const, text: 'We check in the morning after.' };
    const theirs = { id: 'own2', author: 'b' as const, text: 'No messages while either of us is at work.' };
    const withWords = parts({ choices: { photos: 'noPhotos' }, a: { custom: [mine] }, b: { custom: [theirs] } });
    const signed = signedBoth(withWords, '2026-12-01T10:00:00.000Z', '2026-12-01T10:05:00.000Z');
    const here = apartAgreement(signed);
    const there = apartAgreement(structuredClone({ ...signed, progress: { b: signed.progress.b, a: signed.progress.a } }));
    expect(here?.versions[0]?.custom).toEqual([mine, theirs]);
    expect(JSON.stringify(here)).toBe(JSON.stringify(there));
    expect(await fingerprintVersion(here!.versions[0]!)).toBe(await fingerprintVersion(there!.versions[0]!));
    // A term in one slot claiming the other as its author is not theirs: it is left out.
    expect(apartCustomTerms({ a: { custom: [mine, { ...theirs, author: 'b' }] }, b: {} })).toEqual([mine]);
  });

  it('a signature binds the own words too: adding one after signing means signing again', () => {
    const signed = signedBoth(parts({ choices: { photos: 'noPhotos' } }), '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z');
    const added = { ...signed, progress: { ...signed.progress, b: { ...signed.progress.b, custom: [{ id: 'own3', author: 'b' as const, text: 'Delete everything on request.' }] } } };
    const review = apartReview(added);
    expect(review.kind === 'review' && review.signedBy).toEqual({ a: false, b: false });
    expect(apartAgreement(added)).toBeNull();
  });

  it('a progress slot carrying own words by the other partner is refused on arrival and before sending', () => {
    const term = { id: 'own4', author: 'a' as const, text: 'Ask before saving anything.' };
    expect(apartValidators.progress({ ...progress('Sam'), custom: [term] }, { ...context, role: 'a' }).ok).toBe(true);
    expect(apartValidators.progress({ ...progress('Alex'), custom: [term] }, { ...context, role: 'b' }).ok).toBe(false);
    expect(apartValidators.progress({ ...progress('Sam'), custom: [{ ...term, text: '' }] }, { ...context, role: 'a' }).ok).toBe(false);
  });
});

