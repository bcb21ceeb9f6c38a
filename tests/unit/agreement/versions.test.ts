import { describe, expect, it } from 'vitest';
import { agreementSchema, type Agreement, type Draft } from '../../../lib/agreement/schema';
import {
  compareTerms,
  isLooserThan,
  lastSignedTogether,
  latestVersion,
  reviseTogether,
  signaturesOn,
  signSeenChange,
  tightenAlone,
  unseenChanges,
  withdraw,
  type TightenRequest,
} from '../../../lib/agreement/versions';
import { startRevision } from '../../../lib/agreement/draft-flow';
import { createDraft, readyToSign, signedDraft, type SignedDraft } from '../../../lib/agreement/draft';
import { answers, deepFreeze, makeAgreement, NAMES } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const LATER = new Date('2025-03-01T09:00:00.000Z');
const LATEST = new Date('2025-04-01T09:00:00.000Z');

/** Version 1 with photos "with face" and asking first "any time": room to tighten and to loosen. */
const loose = () => makeAgreement(template, { photos: 'withFace', askFirst: 'anyTime', reviewCadence: 'every6Months' });

const tighten = (overrides: Partial<TightenRequest> = {}): TightenRequest => ({
  by: 'a',
  questionId: 'photos',
  optionId: 'withoutFace',
  typedName: NAMES.a,
  ...overrides,
});

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

/** A revision draft both partners answered with these options, acknowledged and signed. */
function revisionDraft(agreement: Agreement, overrides: Record<string, string>, signers: Array<'a' | 'b'> = ['a', 'b']): Draft {
  const started = ok(startRevision(template, agreement, LATEST)).draft;
  const acks = template.acknowledgements.map((ack) => ack.id);
  const at = LATEST.toISOString();
  return {
    ...started,
    stage: 'sign',
    answers: { a: answers(template, overrides), b: answers(template, overrides) },
    acknowledgements: { a: acks, b: acks },
    signatures: Object.fromEntries(signers.map((partner) => [partner, { name: NAMES[partner], at }])),
  };
}

function signed(draft: Draft): SignedDraft {
  return ok(signedDraft(ok(readyToSign(template, draft)).ready)).signed;
}

const revision = (agreement: Agreement, overrides: Record<string, string>): SignedDraft => signed(revisionDraft(agreement, overrides));

describe('latestVersion and compareTerms', () => {
  it('finds the highest version', () => {
    const agreement = ok(tightenAlone(template, loose(), tighten(), LATER)).agreement;
    expect(latestVersion(agreement).version).toBe(2);
  });

  it('ranks each term as tighter, looser or the same', () => {
    const from = latestVersion(loose());
    const to = from.terms.map((term) =>
      term.questionId === 'photos' ? { ...term, optionId: 'noPhotos' }
      : term.questionId === 'reviewCadence' ? { ...term, optionId: 'every3Months' }
      : term,
    );
    const directions = Object.fromEntries(compareTerms(template, from, to).map((term) => [term.questionId, term.direction]));
    expect(directions).toEqual({ photos: 'tighter', askFirst: 'same', neverShow: 'same', reviewCadence: 'tighter' });

    const looser = latestVersion(makeAgreement()).terms.map((term) => (term.questionId === 'photos' ? { ...term, optionId: 'withFace' } : term));
    expect(compareTerms(template, latestVersion(makeAgreement()), looser).find((term) => term.questionId === 'photos')?.direction).toBe('looser');
  });

  it('treats a removed term, a changed commitment or an unknown option as looser', () => {
    const from = latestVersion(makeAgreement());
    const removed = from.terms.filter((term) => term.questionId !== 'askFirst');
    const unknown = from.terms.map((term) => (term.questionId === 'photos' ? { ...term, optionId: 'mystery' } : term));
    const commitment = from.terms.map((term) => (term.questionId === 'neverShow' ? { ...term, optionId: 'no' } : term));
    for (const terms of [removed, unknown, commitment]) {
      expect(compareTerms(template, from, terms).some((term) => term.direction === 'looser')).toBe(true);
    }
  });

  it('counts a looser term, a removed or reworded own term, or an added app as looser', () => {
    const from = { ...latestVersion(loose()), custom: [{ id: 'c1', author: 'a' as const, text: 'No photos at work.' }] };
    expect(isLooserThan(template, from, from)).toBe(false);
    const tighterTerms = from.terms.map((term) => (term.questionId === 'photos' ? { ...term, optionId: 'noPhotos' } : term));
    expect(isLooserThan(template, from, { ...from, terms: tighterTerms, apps: [] })).toBe(false);
    expect(isLooserThan(template, from, { ...from, custom: [] })).toBe(true);
    expect(isLooserThan(template, from, { ...from, custom: [{ ...from.custom[0]!, text: 'Photos at work are fine.' }] })).toBe(true);
    expect(isLooserThan(template, from, { ...from, apps: ['whatsapp', 'telegram'] })).toBe(true);
  });
});

describe('typed names', () => {
  it('takes “Zoë” typed as e + U+0308 as the signer’s own name, and keeps it composed', () => {
    const base = loose();
    const zoe: Agreement = {
      ...base,
      versions: base.versions.map((version) => ({ ...version, partners: { ...version.partners, a: { name: 'Zo\u00eb' } } })),
    };
    const tightened = ok(tightenAlone(template, zoe, tighten({ typedName: 'Zoe\u0308' }), LATER)).agreement;
    expect(latestVersion(tightened).change?.signature.name).toBe('Zo\u00eb');
    const back = ok(tightenAlone(template, { ...zoe, versions: zoe.versions }, tighten({ by: 'b', typedName: NAMES.b }), LATER)).agreement;
    expect(ok(signSeenChange(back, 'a', 2, ' zoe\u0308 ', LATEST)).agreement.versions[1]?.change?.seenBy?.name).toBe('zo\u00eb');
  });
});

describe('tightenAlone', () => {
  it('makes a new version in force at once, signed only by the partner who tightened', () => {
    const before = deepFreeze(loose());
    const result = ok(tightenAlone(template, before, tighten(), LATER));
    const version = latestVersion(result.agreement);

    expect(result.agreement.versions).toHaveLength(2);
    expect(version).toMatchObject({ version: 2, parent: 1, createdAt: LATER.toISOString() });
    expect(version.terms.find((term) => term.questionId === 'photos')).toEqual({ questionId: 'photos', optionId: 'withoutFace', settledBy: 'protective' });
    expect(version.change).toEqual({ kind: 'tightened', by: 'a', signature: { name: NAMES.a, at: LATER.toISOString() } });
    expect(signaturesOn(version)).toEqual({ a: { signed: true, signature: { name: NAMES.a, at: LATER.toISOString() } }, b: { signed: false } });
    expect(agreementSchema.safeParse(result.agreement).success).toBe(true);
    // The version before is untouched and still present.
    expect(result.agreement.versions[0]).toBe(before.versions[0]);
  });

  it('lets either partner tighten', () => {
    const result = ok(tightenAlone(template, loose(), tighten({ by: 'b', typedName: ' alex ', questionId: 'askFirst', optionId: 'bothOptIn' }), LATER));
    expect(latestVersion(result.agreement).change).toMatchObject({ by: 'b', signature: { name: 'alex' } });
  });

  it('rejects a looser or equal option', () => {
    const agreement = deepFreeze(makeAgreement(template, { photos: 'withoutFace' }));
    expect(tightenAlone(template, agreement, tighten({ optionId: 'withFace' }), LATER)).toEqual({ ok: false, problem: 'notTighter' });
    expect(tightenAlone(template, agreement, tighten({ optionId: 'withoutFace' }), LATER)).toEqual({ ok: false, problem: 'notTighter' });
  });

  it('rejects commitments, unknown questions and options, a wrong name and another template', () => {
    const agreement = deepFreeze(loose());
    expect(tightenAlone(template, agreement, tighten({ questionId: 'neverShow', optionId: 'affirmed' }))).toMatchObject({ problem: 'commitment' });
    expect(tightenAlone(template, agreement, tighten({ questionId: 'nothing' }))).toMatchObject({ problem: 'unknownQuestion' });
    expect(tightenAlone(template, agreement, tighten({ optionId: 'nothing' }))).toMatchObject({ problem: 'unknownOption' });
    expect(tightenAlone(template, agreement, tighten({ typedName: NAMES.b }))).toMatchObject({ problem: 'name' });
    expect(tightenAlone({ ...template, id: 'other' }, agreement, tighten())).toMatchObject({ problem: 'otherTemplate' });
    // A newer version of the same template may order its options differently: tighter is judged on the version signed.
    expect(tightenAlone({ ...template, version: template.version + 1 }, agreement, tighten())).toMatchObject({ problem: 'otherTemplate' });
  });

  it('keeps the together signatures as they were, and counts reviews from them', () => {
    const before = loose();
    const after = ok(tightenAlone(template, before, tighten(), LATER)).agreement;
    expect(latestVersion(after).signatures).toEqual(latestVersion(before).signatures);
    expect(lastSignedTogether(after).version).toBe(1);
  });
});

describe('seeing a change made alone', () => {
  it('shows the other partner what is unseen, and records their signature once', () => {
    const tightened = deepFreeze(ok(tightenAlone(template, loose(), tighten(), LATER)).agreement);
    expect(unseenChanges(tightened, 'b').map((version) => version.version)).toEqual([2]);
    expect(unseenChanges(tightened, 'a')).toEqual([]);

    const seen = ok(signSeenChange(tightened, 'b', 2, NAMES.b, LATEST)).agreement;
    expect(signaturesOn(latestVersion(seen)).b).toEqual({ signed: true, signature: { name: NAMES.b, at: LATEST.toISOString() } });
    expect(latestVersion(seen).terms).toBe(latestVersion(tightened).terms);
    expect(unseenChanges(seen, 'b')).toEqual([]);

    expect(signSeenChange(seen, 'b', 2, NAMES.b)).toMatchObject({ problem: 'alreadySeen' });
    expect(signSeenChange(tightened, 'a', 2, NAMES.a)).toMatchObject({ problem: 'ownChange' });
    expect(signSeenChange(tightened, 'b', 1, NAMES.b)).toMatchObject({ problem: 'notTightened' });
    expect(signSeenChange(tightened, 'b', 9, NAMES.b)).toMatchObject({ problem: 'unknownVersion' });
    expect(signSeenChange(tightened, 'b', 2, 'Someone')).toMatchObject({ problem: 'name' });
  });
});

describe('reviseTogether', () => {
  it('loosens a term when both sign the new version', () => {
    const agreement = deepFreeze(makeAgreement());
    const result = ok(reviseTogether(template, agreement, revision(agreement, { photos: 'withFace' }), LATEST));
    const version = latestVersion(result.agreement);
    expect(version).toMatchObject({ version: 2, parent: 1 });
    expect(version.change).toBeUndefined();
    expect(version.terms.find((term) => term.questionId === 'photos')?.optionId).toBe('withFace');
    expect(signaturesOn(version)).toMatchObject({ a: { signed: true }, b: { signed: true } });
  });

  it('cannot be given a revision with one signature: it is not a signed draft', () => {
    const agreement = deepFreeze(makeAgreement());
    for (const signer of ['a', 'b'] as const) {
      const ready = ok(readyToSign(template, revisionDraft(agreement, { photos: 'withFace' }, [signer]))).ready;
      expect(signedDraft(ready)).toEqual({ ok: false, problem: 'signatures' });
    }
  });

  it('also takes tighter or unchanged terms when both sign', () => {
    const agreement = loose();
    expect(reviseTogether(template, agreement, revision(agreement, { photos: 'noPhotos', askFirst: 'anyTime', reviewCadence: 'every6Months' })).ok).toBe(true);
    expect(reviseTogether(template, agreement, revision(agreement, { photos: 'withFace', askFirst: 'anyTime', reviewCadence: 'every6Months' })).ok).toBe(true);
  });

  it('refuses a draft started before a later tightening, so it cannot undo it unseen', () => {
    const agreement = loose();
    const draft = revision(agreement, { photos: 'withFace' });
    const tightened = ok(tightenAlone(template, agreement, tighten(), LATER)).agreement;
    expect(reviseTogether(template, tightened, draft)).toEqual({ ok: false, problem: 'outdated' });
  });

  it('refuses a draft that is not a revision of this agreement', () => {
    const agreement = loose();
    const draft = revision(agreement, {});
    expect(reviseTogether(template, { ...agreement, id: 'another' }, draft)).toMatchObject({ problem: 'notARevision' });
    expect(reviseTogether(template, agreement, { ...draft, draft: { ...draft.draft, revisionOf: undefined } })).toMatchObject({ problem: 'notARevision' });
  });

  it('builds version 3 from a tightening then a loosening together', () => {
    const v2 = ok(tightenAlone(template, loose(), tighten({ questionId: 'askFirst', optionId: 'askEachTime' }), LATER)).agreement;
    const v3 = ok(reviseTogether(template, v2, revision(v2, { photos: 'withFace', askFirst: 'askEachTime', reviewCadence: 'every6Months' }), LATEST)).agreement;
    expect(v3.versions.map((version) => [version.version, version.parent])).toEqual([[1, null], [2, 1], [3, 2]]);
    expect(v3.versions[1]).toBe(v2.versions[1]);
  });
});

describe('withdraw', () => {
  it('records who withdrew and when, alone', () => {
    const agreement = deepFreeze(loose());
    const withdrawn = ok(withdraw(agreement, 'b', LATER)).agreement;
    expect(withdrawn.withdrawn).toEqual({ by: 'b', at: LATER.toISOString() });
    expect(withdrawn.versions).toBe(agreement.versions);
    expect(agreement.withdrawn).toBeUndefined();
  });

  it('blocks every new version and a second withdrawal', () => {
    const agreement = loose();
    const draft = revision(agreement, {});
    const withdrawn = deepFreeze(ok(withdraw(agreement, 'a', LATER)).agreement);
    expect(tightenAlone(template, withdrawn, tighten())).toEqual({ ok: false, problem: 'withdrawn' });
    expect(reviseTogether(template, withdrawn, draft)).toEqual({ ok: false, problem: 'withdrawn' });
    expect(startRevision(template, withdrawn)).toEqual({ ok: false, problem: 'withdrawn' });
    expect(withdraw(withdrawn, 'b')).toEqual({ ok: false, problem: 'alreadyWithdrawn' });
  });

  it('begins again only as a new, empty draft that revises nothing', () => {
    const withdrawn = ok(withdraw(loose(), 'a', LATER)).agreement;
    expect(startRevision(template, withdrawn)).toEqual({ ok: false, problem: 'withdrawn' });
    // What the entry check makes: nothing of the withdrawn agreement comes with it.
    const draft = createDraft(template, LATEST);
    expect(draft.revisionOf).toBeUndefined();
    expect(draft.partners).toBeUndefined();
    expect(draft.answers).toEqual({ a: {}, b: {} });
  });
});
