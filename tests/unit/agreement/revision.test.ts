import { describe, expect, it } from 'vitest';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  completeSetup,
  currentScreen,
  nextSection,
  resolveTerm,
  signAs,
  startRevision,
  startSecondTurn,
  toSigning,
} from '../../../lib/agreement/draft-flow';
import { mergeDraft, readyToSign, type ReadyDraft } from '../../../lib/agreement/draft';
import { carryUnchanged, sectionsToAnswer } from '../../../lib/agreement/revision';
import { reviseTogether } from '../../../lib/agreement/versions';
import type { Agreement, Draft } from '../../../lib/agreement/schema';
import { answers, makeAgreement, NAMES } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const NOW = new Date('2025-03-01T08:00:00.000Z');
const ACKS = template.acknowledgements.map((ack) => ack.id);

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

function ready(draft: Draft): ReadyDraft {
  return ok(readyToSign(template, draft)).ready;
}

/** A revision walked by both partners: each gives `values` on every section they are asked. */
function walk(draft: Draft, a: Record<string, string> = {}, b: Record<string, string> = {}): Draft {
  let current = completeSetup(draft, { partners: draft.partners!, apps: draft.apps! });
  const total = sectionsToAnswer(template, current).length;
  for (let step = 0; step < total; step += 1) current = nextSection(template, current, { ...current.answers.a, ...a });
  current = startSecondTurn(current);
  for (let step = 0; step < total; step += 1) current = nextSection(template, current, { ...current.answers.b, ...b });
  return current;
}

function signBoth(draft: Draft) {
  const atSign = ok(toSigning(template, draft)).draft;
  const first = ok(signAs(ready(atSign), 'a', { acknowledged: ACKS, typedName: NAMES.a }, NOW)).draft;
  const second = ok(signAs(ready(first), 'b', { acknowledged: ACKS, typedName: NAMES.b }, NOW));
  return second.signed!;
}

/** Version 1 where askFirst was settled by taking the more careful of two different answers. */
function agreementWithSettledTerm(): Agreement {
  const base = makeAgreement(template, { photos: 'withoutFace' });
  const [v1] = base.versions;
  const terms = v1!.terms.map((term) =>
    term.questionId === 'askFirst' ? { ...term, settledBy: 'protective' as const, answers: { a: 'askEachTime', b: 'bothOptIn' } } : term,
  );
  return { ...base, versions: [{ ...v1!, terms }] };
}

describe('revisiting together', () => {
  it('changes nothing nobody touched: walking every step unchanged signs the same terms', () => {
    const agreement = makeAgreement(template, { photos: 'withFace', askFirst: 'anyTime', reviewCadence: 'every6Months' });
    const signed = signBoth(walk(ok(startRevision(template, agreement, NOW)).draft));
    const next = ok(reviseTogether(template, agreement, signed, NOW)).agreement;
    expect(next.versions[1]?.terms).toEqual(agreement.versions[0]?.terms);
  });

  it('asks only the chosen terms, and carries every other term over exactly as signed', () => {
    const agreement = agreementWithSettledTerm();
    const draft = ok(startRevision(template, agreement, NOW, ['photos'])).draft;
    expect(draft.revisionOf?.revisit).toEqual(['photos']);
    const sections = sectionsToAnswer(template, draft);
    expect(sections.map((section) => section.questions.map((question) => question.id))).toEqual([['photos']]);
    const answering = completeSetup(draft, { partners: draft.partners!, apps: draft.apps! });
    expect(currentScreen(template, answering, 'a')).toMatchObject({ kind: 'answers', index: 0, total: 1 });
    // One section each, then straight to the review.
    const reviewed = walk(draft, { photos: 'noPhotos' }, { photos: 'noPhotos' });
    expect(reviewed.stage).toBe('review');
    const next = ok(reviseTogether(template, agreement, signBoth(reviewed), NOW)).agreement;
    const [before, after] = [agreement.versions[0]!, next.versions[1]!];
    expect(after.terms.find((term) => term.questionId === 'photos')).toMatchObject({ optionId: 'noPhotos' });
    for (const id of ['askFirst', 'neverShow', 'reviewCadence']) {
      expect(after.terms.find((term) => term.questionId === id)).toEqual(before.terms.find((term) => term.questionId === id));
    }
  });

  it('refuses an empty choice of terms, and ignores ids that are not revisable', () => {
    expect(startRevision(template, makeAgreement(), NOW, [])).toEqual({ ok: false, problem: 'nothingChosen' });
    expect(startRevision(template, makeAgreement(), NOW, ['neverShow', 'nope'])).toEqual({ ok: false, problem: 'nothingChosen' });
  });

  it('a looser result still needs both to confirm', () => {
    const agreement = makeAgreement(template, { photos: 'withoutFace' });
    // A loosens, B keeps the term in force: the term in force is suggested, and loosening needs both ticks.
    const reviewed = walk(ok(startRevision(template, agreement, NOW)).draft, { photos: 'withFace' });
    expect(toSigning(template, reviewed)).toEqual({ ok: false, problem: 'unsettled' });
    const oneTick = resolveTerm(reviewed, 'photos', { optionId: 'withFace', confirmedBy: { a: true, b: false } });
    expect(toSigning(template, oneTick)).toEqual({ ok: false, problem: 'unsettled' });
    const both = resolveTerm(reviewed, 'photos', { optionId: 'withFace', confirmedBy: { a: true, b: true } });
    expect(ok(toSigning(template, both)).draft.stage).toBe('sign');
  });

  it('keeps a term both left alone, and takes the new form of one either changed', () => {
    const base = agreementWithSettledTerm().versions[0]!.terms;
    const same = base.map((term) => ({ questionId: term.questionId, optionId: term.optionId, settledBy: term.settledBy === 'commitment' ? ('commitment' as const) : ('same' as const) }));
    expect(carryUnchanged(base, same)).toEqual(base);
    const changed = same.map((term) => (term.questionId === 'askFirst' ? { ...term, settledBy: 'protective' as const, answers: { a: 'anyTime', b: 'bothOptIn' } } : term));
    expect(carryUnchanged(base, changed).find((term) => term.questionId === 'askFirst')).toEqual(changed.find((term) => term.questionId === 'askFirst'));
  });
});

describe('the review’s suggestions', () => {
  const differing = (): Draft => {
    const draft = completeSetup(ok(startRevision(template, makeAgreement(), NOW)).draft, { partners: { a: { name: NAMES.a }, b: { name: NAMES.b } }, apps: ['whatsapp'] });
    return {
      ...draft,
      stage: 'review',
      answers: {
        a: answers(template, { photos: 'withFace', askFirst: 'anyTime', reviewCadence: 'every6Months' }),
        b: answers(template, { photos: 'withoutFace', askFirst: 'askEachTime', reviewCadence: 'every3Months' }),
      },
    };
  };
  const settledBy = (draft: Draft) => {
    const merged = mergeDraft(template, draft);
    if (!merged.ok) throw new Error(merged.problem);
    return Object.fromEntries(merged.terms.map((term) => [term.question.id, [term.settledBy, term.chosen]]));
  };

  it('accepting every suggestion settles only the open terms: never a choice made together, never one being chosen', () => {
    let draft = differing();
    // photos: looser, both confirmed. askFirst: a looser pick still waiting for B's tick. reviewCadence: open.
    draft = resolveTerm(draft, 'photos', { optionId: 'withFace', confirmedBy: { a: true, b: true } });
    draft = resolveTerm(draft, 'askFirst', { optionId: 'anyTime', confirmedBy: { a: true, b: false } });
    const after = acceptAllSuggestions(template, draft);
    expect(after.resolutions.photos).toEqual(draft.resolutions.photos);
    expect(after.resolutions.askFirst).toEqual(draft.resolutions.askFirst);
    expect(settledBy(after)).toMatchObject({ photos: ['bothConfirmedLooser', 'withFace'], reviewCadence: ['protective', 'every3Months'] });
    expect(settledBy(after).askFirst?.[0]).toBe('pending');
  });

  it('one suggestion never silently replaces a choice both confirmed: it asks first', () => {
    const draft = resolveTerm(differing(), 'photos', { optionId: 'withFace', confirmedBy: { a: true, b: true } });
    expect(acceptSuggestion(template, draft, 'photos')).toEqual({ ok: false, problem: 'replacesChoice' });
    const together = resolveTerm(differing(), 'askFirst', { optionId: 'bothOptIn', confirmedBy: { a: false, b: false } });
    expect(acceptSuggestion(template, together, 'askFirst')).toEqual({ ok: false, problem: 'replacesChoice' });
    const replaced = ok(acceptSuggestion(template, draft, 'photos', { replaceChoice: true })).draft;
    expect(settledBy(replaced).photos).toEqual(['protective', 'withoutFace']);
    expect(settledBy(ok(acceptSuggestion(template, differing(), 'askFirst')).draft).askFirst).toEqual(['protective', 'askEachTime']);
    expect(acceptSuggestion(template, differing(), 'neverShow')).toEqual({ ok: false, problem: 'unknownTerm' });
  });
});
