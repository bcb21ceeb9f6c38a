import { describe, expect, it } from 'vitest';
import {
  answeringPartner,
  backToReview,
  backToSetup,
  completeSetup,
  currentScreen,
  nextSection,
  nextSigner,
  previousSection,
  recordAnswers,
  resolveTerm,
  setCustomTerms,
  signAs,
  signProblems,
  startRevision,
  startSecondTurn,
  toSigning,
} from '../../../lib/agreement/draft-flow';
import { createDraft, readyToSign, signedDraft, versionFromSigned, type ReadyDraft } from '../../../lib/agreement/draft';
import { isSameName, normaliseName } from '../../../lib/agreement/names';
import type { Draft } from '../../../lib/agreement/schema';
import { answers, deepFreeze, makeAgreement, NAMES } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const NOW = new Date('2025-02-01T08:00:00.000Z');
const ACKS = template.acknowledgements.map((ack) => ack.id);
const SECTIONS = template.sections.length;

const setUp = (): Draft => completeSetup(createDraft(template, NOW), { partners: { a: { name: NAMES.a }, b: { name: NAMES.b } }, apps: ['whatsapp'] });

/** Answers every section for the partner whose turn it is, each with these values. */
function answerAll(draft: Draft, values = answers(template)): Draft {
  let current = draft;
  for (let step = 0; step < SECTIONS; step += 1) current = nextSection(template, current, values);
  return current;
}

/** Both partners answered: at the review. */
const reviewed = (a = answers(template), b = answers(template)): Draft => answerAll(startSecondTurn(answerAll(setUp(), a)), b);

function ready(draft: Draft): ReadyDraft {
  const result = readyToSign(template, draft);
  if (!result.ok) throw new Error(result.problem);
  return result.ready;
}

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

const atSigning = () => ok(toSigning(template, reviewed())).draft;

describe('stages', () => {
  it('goes from set-up to A answering, with the names kept in one normal form', () => {
    const draft = completeSetup(deepFreeze(createDraft(template, NOW)), {
      partners: { a: { name: '  Zoe\u0308 ' }, b: { name: 'Alex' } },
      apps: ['signal'],
    });
    expect(draft).toMatchObject({ stage: 'answerA', step: 0, apps: ['signal'], partners: { a: { name: 'Zoë' } } });
    expect(draft.partners?.a.name).toBe('Z\u006f\u00eb');
    expect(backToSetup(draft)).toMatchObject({ stage: 'setup', step: 0 });
  });

  it('walks A through every section, then hands over, then B, then the review', () => {
    let draft = setUp();
    for (let step = 1; step < SECTIONS; step += 1) {
      draft = nextSection(template, draft, {});
      expect(draft).toMatchObject({ stage: 'answerA', step });
    }
    draft = nextSection(template, draft, answers(template));
    expect(draft).toMatchObject({ stage: 'handover', step: 0 });
    draft = startSecondTurn(draft);
    expect(draft).toMatchObject({ stage: 'answerB', step: 0 });
    draft = answerAll(draft);
    expect(draft).toMatchObject({ stage: 'review', step: 0 });
    expect(draft.answers).toEqual({ a: answers(template), b: answers(template) });
  });

  it('keeps each partner’s answers apart, and saves partial answers without moving on', () => {
    const draft = recordAnswers(deepFreeze(setUp()), 'a', { photos: 'withFace' });
    expect(draft).toMatchObject({ stage: 'answerA', step: 0, answers: { a: { photos: 'withFace' }, b: {} } });
    expect(recordAnswers(draft, 'a', { askFirst: 'anyTime' }).answers.a).toEqual({ photos: 'withFace', askFirst: 'anyTime' });
  });

  it('goes back one section, and to the partner’s introduction from the first', () => {
    const second = nextSection(template, setUp(), {});
    expect(previousSection(second)).toMatchObject({ stage: 'answerA', step: 0 });
    expect(previousSection(setUp())).toBeNull();
    expect(previousSection(reviewed())).toBeNull();
  });

  it('only starts B’s turn from the hand-over, and does not move a stage that is not answering', () => {
    expect(startSecondTurn(setUp())).toMatchObject({ stage: 'answerA' });
    const review = reviewed();
    expect(nextSection(template, review, { photos: 'withFace' })).toBe(review);
    expect(answeringPartner('answerA')).toBe('a');
    expect(answeringPartner('answerB')).toBe('b');
    expect(answeringPartner('review')).toBeNull();
  });

  it('goes to signing only when every term is settled', () => {
    const differing = reviewed(answers(template, { photos: 'withFace' }), answers(template));
    expect(toSigning(template, differing)).toEqual({ ok: false, problem: 'unsettled' });
    const settled = resolveTerm(differing, 'photos', { optionId: 'noPhotos', confirmedBy: { a: false, b: false } });
    expect(ok(toSigning(template, settled)).draft.stage).toBe('sign');
    expect(toSigning(template, setUp())).toEqual({ ok: false, problem: 'incomplete' });
  });

  it('back from signing to the review drops every signature and tick', () => {
    const signedByA = ok(signAs(ready(atSigning()), 'a', { acknowledged: ACKS, typedName: NAMES.a }, NOW)).draft;
    expect(backToReview(signedByA)).toMatchObject({ stage: 'review', signatures: {}, acknowledgements: { a: [], b: [] } });
  });

  it('keeps own-words terms as given', () => {
    const custom = [{ id: 'c1', author: 'b' as const, text: 'We talk first.' }];
    expect(setCustomTerms(reviewed(), custom).custom).toEqual(custom);
  });

  it('starts a revision with names, apps and own terms kept and each answer on the term in force', () => {
    const agreement = makeAgreement(template, { photos: 'withFace', askFirst: 'askEachTime' });
    const draft = ok(startRevision(template, agreement, NOW)).draft;
    expect(draft).toMatchObject({ stage: 'setup', partners: { a: { name: NAMES.a } }, apps: ['whatsapp'], revisionOf: { agreementId: 'agreement1', version: 1 } });
    // Not the most careful defaults: revisiting must not quietly tighten what both had signed.
    const inForce = { photos: 'withFace', askFirst: 'askEachTime', neverShow: true, reviewCadence: 'everyMonth' };
    expect(draft.answers).toEqual({ a: inForce, b: inForce });
    expect(draft.revisionOf?.inForce).toEqual(inForce);
    expect(draft.revisionOf?.revisit).toBeUndefined();
    expect(startRevision(template, { ...makeAgreement(), withdrawn: { by: 'a', at: NOW.toISOString() } })).toEqual({ ok: false, problem: 'withdrawn' });
  });
});

describe('what the screen shows', () => {
  it('shows each partner’s introduction until they confirm, then their section', () => {
    expect(currentScreen(template, createDraft(template), null)).toEqual({ kind: 'setup' });
    expect(currentScreen(template, setUp(), null)).toEqual({ kind: 'intro', partner: 'a', isFirst: true });
    expect(currentScreen(template, setUp(), 'b')).toMatchObject({ kind: 'intro', partner: 'a' });
    expect(currentScreen(template, setUp(), 'a')).toMatchObject({ kind: 'answers', partner: 'a', index: 0, total: SECTIONS, section: { id: 'sharing' } });
    const turnB = startSecondTurn(answerAll(setUp()));
    expect(currentScreen(template, turnB, null)).toEqual({ kind: 'intro', partner: 'b', isFirst: false });
  });

  it('shows the merged terms at the review, and who signs next', () => {
    const review = currentScreen(template, reviewed(), null);
    expect(review.kind === 'review' && review.terms.map((term) => term.question.id)).toEqual(['photos', 'askFirst', 'neverShow', 'reviewCadence']);
    expect(currentScreen(template, atSigning(), null)).toMatchObject({ kind: 'sign', partner: 'a' });
  });

  it('hands the phone to B after A signs, before B sees the statements or the name field', () => {
    const signedA = ok(signAs(ready(atSigning()), 'a', { acknowledged: ACKS, typedName: NAMES.a }, NOW)).draft;
    // Whoever was confirmed before (B answered last) does not count: the screen is the hand-over.
    expect(currentScreen(template, signedA, null)).toEqual({ kind: 'signHandover', from: 'a', to: 'b' });
    expect(currentScreen(template, signedA, 'a')).toEqual({ kind: 'signHandover', from: 'a', to: 'b' });
    expect(currentScreen(template, signedA, 'b')).toMatchObject({ kind: 'sign', partner: 'b' });
  });

  it('a draft both signed can only be finished, never signed again', () => {
    const signedA = ok(signAs(ready(atSigning()), 'a', { acknowledged: ACKS, typedName: NAMES.a }, NOW)).draft;
    const both = ok(signAs(ready(signedA), 'b', { acknowledged: ACKS, typedName: NAMES.b }, NOW)).draft;
    const screen = currentScreen(template, both, null);
    expect(screen.kind).toBe('signed');
    expect(screen.kind === 'signed' && screen.signed.signatures.b.name).toBe(NAMES.b);
  });

  it('says so instead of crashing when a stored draft is not complete', () => {
    expect(currentScreen(template, { ...setUp(), stage: 'review' }, null)).toEqual({ kind: 'notReady', problem: 'incomplete' });
    expect(currentScreen(template, { ...setUp(), stage: 'sign' }, null)).toEqual({ kind: 'notReady', problem: 'incomplete' });
  });
});

describe('signing', () => {
  it('A signs first, then B; the second signature makes the signed draft', () => {
    const first = ok(signAs(ready(atSigning()), 'a', { acknowledged: ACKS, typedName: ` ${NAMES.a.toLowerCase()} ` }, NOW));
    expect(first.signed).toBeNull();
    expect(first.draft.signatures.a).toEqual({ name: NAMES.a.toLowerCase(), at: NOW.toISOString() });
    expect(nextSigner(first.draft)).toBe('b');
    const second = ok(signAs(ready(first.draft), 'b', { acknowledged: ACKS, typedName: NAMES.b }, NOW));
    expect(second.signed?.signatures).toEqual({ a: first.draft.signatures.a, b: { name: NAMES.b, at: NOW.toISOString() } });
    const version = versionFromSigned(second.signed!, 1, null, NOW);
    expect(version).toMatchObject({ version: 1, parent: null, templateId: 'fixture', acknowledgements: { a: ACKS, b: ACKS } });
    expect(version.terms).toHaveLength(4);
  });

  it('refuses out of turn, without every tick, or with another name', () => {
    const draft = ready(atSigning());
    expect(signAs(draft, 'b', { acknowledged: ACKS, typedName: NAMES.b })).toEqual({ ok: false, problem: 'order' });
    expect(signAs(draft, 'a', { acknowledged: [], typedName: NAMES.a })).toEqual({ ok: false, problem: 'acknowledgements' });
    expect(signAs(draft, 'a', { acknowledged: ACKS, typedName: NAMES.b })).toEqual({ ok: false, problem: 'name' });
    expect(signProblems(draft, 'b', { acknowledged: [], typedName: NAMES.a })).toEqual(['order', 'acknowledgements', 'name']);
  });

  it('takes “Zoë” typed as e + U+0308 as the same name, and stores it composed', () => {
    const zoe = completeSetup(createDraft(template, NOW), { partners: { a: { name: 'Zo\u00eb' }, b: { name: 'Alex' } }, apps: ['whatsapp'] });
    const draft = ok(toSigning(template, answerAll(startSecondTurn(answerAll(zoe))))).draft;
    const signed = ok(signAs(ready(draft), 'a', { acknowledged: ACKS, typedName: 'Zoe\u0308' }, NOW));
    expect(signed.draft.signatures.a?.name).toBe('Zo\u00eb');
  });

  it('a signed draft needs both signatures, each the signer’s own name', () => {
    const draft = ready(atSigning());
    expect(signedDraft(draft)).toEqual({ ok: false, problem: 'acknowledgements' });
    const at = NOW.toISOString();
    const swapped = { ...draft.draft, acknowledgements: { a: ACKS, b: ACKS }, signatures: { a: { name: NAMES.b, at }, b: { name: NAMES.a, at } } };
    expect(signedDraft({ ...draft, draft: swapped })).toEqual({ ok: false, problem: 'signatures' });
  });
});

describe('names', () => {
  it('normalises to NFC, trims and folds spaces', () => {
    expect(normaliseName('  Zoe\u0308   Smith ')).toBe('Zo\u00eb Smith');
    expect(isSameName('zoe\u0308', 'Zo\u00eb')).toBe(true);
    expect(isSameName('Zoe', 'Zoë')).toBe(false);
  });
});
