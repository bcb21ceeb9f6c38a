import { describe, expect, it } from 'vitest';
import { decideSync, FIRST_MEMO, memoAfter, needsLook, recordWithUnion, shouldMarkSeen, signedProposal, syncRefusal } from '../../../lib/apart/sync-step';
import { proposeRevision, signProposal, type ApartProposal } from '../../../lib/apart/loosen';
import type { ApartRecord } from '../../../lib/apart/shared';
import { tightenAlone } from '../../../lib/agreement/versions';
import type { Agreement } from '../../../lib/agreement/schema';
import { fixtureTemplate as template } from '../fixtures/template-fixture';
import { makeAgreement, NAMES } from '../fixtures/agreement-fixture';

const base = () => makeAgreement(template, { photos: 'withoutFace' });
const record = (agreement?: Agreement, proposal?: ApartProposal): ApartRecord => ({
  v: 1,
  agreementId: base().id,
  choices: {},
  ...(agreement ? { agreement } : {}),
  ...(proposal ? { proposal } : {}),
});
const none = { a: undefined, b: undefined };

function tightenedBy(agreement: Agreement, by: 'a' | 'b', questionId = 'photos', optionId = 'noPhotos', at = '2026-12-01T11:00:00.000Z'): Agreement {
  const result = tightenAlone(template, agreement, { by, questionId, optionId, typedName: NAMES[by] }, new Date(at));
  if (!result.ok) throw new Error(result.problem);
  return result.agreement;
}

function looser(): ApartProposal {
  const made = proposeRevision(template, base(), 'a', { photos: 'withFace' });
  if (!made.ok) throw new Error(made.problem);
  return made.proposal;
}
const sign = (proposal: ApartProposal, partner: 'a' | 'b', at: string) => signProposal(base(), proposal, partner, NAMES[partner], new Date(at)) ?? undefined;

describe('apart sync, one round: what to save, what to send', () => {
  it('the other phone’s tightening is saved here and nothing is sent back', () => {
    const decision = decideSync({ template, local: base(), record: record(tightenedBy(base(), 'b')), me: 'a', signed: none });
    expect(decision.kind).toBe('sync');
    if (decision.kind !== 'sync') return;
    expect(decision.save?.versions.map((version) => version.version)).toEqual([1, 2]);
    expect(decision).toMatchObject({ savedAs: 'updated', push: false });
    expect(decision.shown).toBe(decision.save);
  });

  it('a change made on this phone is sent, and nothing is saved', () => {
    const local = tightenedBy(base(), 'a');
    const decision = decideSync({ template, local, record: record(base()), me: 'a', signed: none });
    expect(decision).toMatchObject({ kind: 'sync', save: null, savedAs: null, push: true, shown: local });
  });

  it('a change "by" the other partner that only this phone holds is never sent: it is a conflict', () => {
    const local = tightenedBy(base(), 'b');
    expect(decideSync({ template, local, record: record(base()), me: 'a', signed: none })).toEqual({ kind: 'conflict' });
  });

  it('two different histories are refused, and neither is joined into the other', () => {
    const mine = tightenedBy(base(), 'a');
    const theirs = tightenedBy(base(), 'b', 'photos', 'noPhotos', '2026-12-01T11:30:00.000Z');
    expect(decideSync({ template, local: mine, record: record(theirs), me: 'a', signed: none }).kind).toBe('conflict');
  });

  it('a proposal with one signature changes nothing; with both, the new version is built here and saved as made together', () => {
    const proposal = looser();
    const one = decideSync({ template, local: base(), record: record(base(), proposal), me: 'b', signed: { a: sign(proposal, 'a', '2026-12-01T10:00:00.000Z'), b: undefined } });
    expect(one).toMatchObject({ kind: 'sync', save: null, push: false, proposal });
    const signed = { a: sign(proposal, 'a', '2026-12-01T10:00:00.000Z'), b: sign(proposal, 'b', '2026-12-01T10:05:00.000Z') };
    const both = decideSync({ template, local: base(), record: record(base(), proposal), me: 'b', signed });
    expect(both).toMatchObject({ kind: 'sync', savedAs: 'together', push: true });
    if (both.kind !== 'sync') return;
    expect(both.save?.versions.at(-1)).toMatchObject({ version: 2, createdAt: '2026-12-01T10:05:00.000Z' });
  });

  it('without the template no revision is built, and the copies are still joined', () => {
    const proposal = looser();
    const signed = { a: sign(proposal, 'a', '2026-12-01T10:00:00.000Z'), b: sign(proposal, 'b', '2026-12-01T10:05:00.000Z') };
    expect(decideSync({ template: undefined, local: base(), record: record(base(), proposal), me: 'b', signed })).toMatchObject({ kind: 'sync', save: null, push: false });
  });

  it('the record written after a push keeps every version either side holds, and is left alone when they cannot be joined', () => {
    const local = tightenedBy(base(), 'a');
    expect(recordWithUnion(record(base()), local).agreement?.versions).toHaveLength(2);
    expect(recordWithUnion(record(), local).agreement).toBe(local);
    const current = record(tightenedBy(base(), 'b', 'photos', 'noPhotos', '2026-12-01T11:30:00.000Z'));
    expect(recordWithUnion(current, local)).toBe(current);
  });
});

describe('apart sync: when to look, and how a refusal is taken', () => {
  it('looks only when the phone’s copy or the status changed, and again after a push', () => {
    const shown = base();
    expect(needsLook(FIRST_MEMO, JSON.stringify(shown), 0)).toBe(true);
    const after = memoAfter(FIRST_MEMO, shown, false, 4);
    expect(needsLook(after, JSON.stringify(shown), 4)).toBe(false);
    expect(needsLook(after, JSON.stringify(shown), 5)).toBe(true);
    expect(needsLook(after, JSON.stringify(tightenedBy(shown, 'a')), 4)).toBe(true);
    expect(needsLook(memoAfter(FIRST_MEMO, shown, true, 4), JSON.stringify(shown), 4)).toBe(true);
  });

  it('says "seen" only for a newer record revision', () => {
    expect(shouldMarkSeen(FIRST_MEMO, 1)).toBe(true);
    expect(shouldMarkSeen({ ...FIRST_MEMO, seen: 3 }, 3)).toBe(false);
    expect(shouldMarkSeen({ ...FIRST_MEMO, seen: 3 }, 4)).toBe(true);
  });

  it('a deleted or expired copy is gone, an altered or unfit one refused, anything else tried again', () => {
    expect(syncRefusal('not-found')).toBe('gone');
    expect(syncRefusal('altered')).toBe('refused');
    expect(syncRefusal('invalid')).toBe('refused');
    for (const problem of ['offline', 'server', 'rate-limited', 'stale'] as const) expect(syncRefusal(problem)).toBe('retry');
  });

  it('a signature counts as signed only for this very proposal, mine and the other’s apart', () => {
    const proposal = looser();
    const a = sign(proposal, 'a', '2026-12-01T10:00:00.000Z');
    expect(signedProposal(proposal, { a, b: undefined }, 'a')).toEqual({ mine: true, other: false });
    expect(signedProposal(proposal, { a, b: undefined }, 'b')).toEqual({ mine: false, other: true });
    expect(signedProposal({ ...proposal, terms: { photos: 'noPhotos' } }, { a, b: undefined }, 'a')).toEqual({ mine: false, other: false });
    expect(signedProposal(null, { a, b: a }, 'a')).toEqual({ mine: false, other: false });
  });
});
