import { describe, expect, it } from 'vitest';
import type { Agreement, AgreementVersion } from '../../../lib/agreement/schema';
import { checkIncoming, relateToSaved, type TemplateLookup } from '../../../lib/agreement/incoming';
import { signSeenChange, tightenAlone, withdraw } from '../../../lib/agreement/versions';
import { deepFreeze, makeAgreement, NAMES, signedDraft, versionFromDraft } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const lookup: TemplateLookup = (id, version) => (id === template.id && version === template.version ? template : undefined);
const original = () => makeAgreement(template, { photos: 'withFace' });

function tightened(agreement: Agreement, optionId = 'noPhotos', at = new Date('2025-02-01T10:00:00.000Z')): Agreement {
  const result = tightenAlone(template, agreement, { by: 'a', questionId: 'photos', optionId, typedName: NAMES.a }, at);
  if (!result.ok) throw new Error(result.problem);
  return result.agreement;
}

/** A second version both signed, looser than the first. */
function revisedTogether(agreement: Agreement, at = new Date('2025-03-01T10:00:00.000Z')): Agreement {
  const version = versionFromDraft(template, signedDraft(template, { photos: 'withFace' }, at), agreement.versions.length + 1, agreement.versions.length, at);
  return { ...agreement, versions: [...agreement.versions, version] };
}

const editVersion = (agreement: Agreement, index: number, edit: (version: AgreementVersion) => AgreementVersion): Agreement => ({
  ...agreement,
  versions: agreement.versions.map((version, at) => (at === index ? edit(version) : version)),
});

describe('checkIncoming', () => {
  it('accepts what the app itself signs: a first version, a tightening, a seen tightening, a revision both signed', () => {
    const seen = signSeenChange(tightened(original()), 'b', 2, NAMES.b);
    if (!seen.ok) throw new Error(seen.problem);
    for (const agreement of [original(), tightened(original()), seen.agreement, revisedTogether(tightened(original()))]) {
      expect(checkIncoming(lookup, deepFreeze(agreement))).toEqual({ ok: true, agreement });
    }
  });

  const v1 = (edit: (version: AgreementVersion) => AgreementVersion) => editVersion(original(), 0, edit);
  const cases: ReadonlyArray<readonly [string, unknown, string]> = [
    ['garbage', { id: 1 }, 'shape'],
    ['an option the question lacks', v1((v) => ({ ...v, terms: v.terms.map((t) => (t.questionId === 'photos' ? { ...t, optionId: 'everything' } : t)) })), 'terms'],
    ['the same question twice', v1((v) => ({ ...v, terms: [...v.terms, v.terms[0]!] })), 'terms'],
    ['a missing term', v1((v) => ({ ...v, terms: v.terms.slice(1) })), 'terms'],
    ['an extra hidden term', v1((v) => ({ ...v, terms: [...v.terms, { questionId: 'hidden', optionId: 'x', settledBy: 'same' }] })), 'terms'],
    ['a declined commitment', v1((v) => ({ ...v, terms: v.terms.map((t) => (t.settledBy === 'commitment' ? { ...t, optionId: 'declined' } : t)) })), 'commitment'],
    ['a signature by a third name', v1((v) => ({ ...v, signatures: { ...v.signatures, a: { ...v.signatures.a, name: 'Mallory' } } })), 'signatures'],
    ['no acknowledgements', v1((v) => ({ ...v, acknowledgements: { a: [], b: [] } })), 'acknowledgements'],
    ['the same name twice', v1((v) => ({ ...v, partners: { a: { name: 'Sam' }, b: { name: 'sam' } }, signatures: { a: v.signatures.a, b: { ...v.signatures.b, name: 'sam' } } })), 'names'],
    ['an unknown template', v1((v) => ({ ...v, templateId: 'other' })), 'unknownTemplate'],
    ['a settled-by that does not match the answers', v1((v) => ({ ...v, terms: v.terms.map((t) => (t.questionId === 'photos' ? { ...t, settledBy: 'protective', answers: { a: 'withFace', b: 'noPhotos' } } : t)) })), 'terms'],
    ['a right-to-left override in an own term', v1((v) => ({ ...v, custom: [{ id: 'c1', author: 'a', text: 'Photos may \u202Eton\u202C be shown.' }] })), 'shape'],
    ['an own term of zero-width spaces', v1((v) => ({ ...v, custom: [{ id: 'c1', author: 'a', text: '\u200B\u200B' }] })), 'shape'],
    ['a version number skipped', editVersion(tightened(original()), 1, (v) => ({ ...v, version: 3 })), 'history'],
    ['a looser version signed by one partner alone', editVersion(tightened(original()), 1, (v) => ({ ...v, terms: v.terms.map((t) => (t.questionId === 'askFirst' ? { ...t, optionId: 'anyTime' } : t)) })), 'notUnderRules'],
    ['a looser version carrying the old signatures', editVersion(revisedTogether(original()), 1, (v) => ({ ...v, signatures: original().versions[0]!.signatures })), 'notUnderRules'],
  ];
  it.each(cases)('refuses %s with one plain sentence', (_, input, problem) => {
    const result = checkIncoming(lookup, input);
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) expect(result.message).toMatch(/^[^.]+[^.]*\. Nothing was changed\.$/);
  });
});

describe('relateToSaved', () => {
  const v2 = () => tightened(original());
  it('identical, older, newer', () => {
    expect(relateToSaved(v2(), v2())).toEqual({ kind: 'identical' });
    expect(relateToSaved(v2(), original())).toEqual({ kind: 'older' });
    const newer = relateToSaved(original(), v2());
    expect(newer).toMatchObject({ kind: 'newer', addedVersions: [2], merged: v2() });
  });

  it('a later "seen" signature and a withdrawal are additions; their absence is older', () => {
    const seen = signSeenChange(v2(), 'b', 2, NAMES.b);
    if (!seen.ok) throw new Error(seen.problem);
    expect(relateToSaved(v2(), seen.agreement)).toMatchObject({ kind: 'newer', addsSeen: true, addedVersions: [], merged: seen.agreement });
    expect(relateToSaved(seen.agreement, v2())).toEqual({ kind: 'older' });
    const gone = withdraw(v2(), 'b');
    if (!gone.ok) throw new Error(gone.problem);
    expect(relateToSaved(v2(), gone.agreement)).toMatchObject({ kind: 'newer', addsWithdrawal: true });
    expect(relateToSaved(gone.agreement, v2())).toEqual({ kind: 'older' });
    expect(relateToSaved(gone.agreement, revisedTogether(v2()))).toMatchObject({ kind: 'diverged', since: 3 });
  });

  it('a fork is diverged; the same version changed is altered', () => {
    expect(relateToSaved(v2(), tightened(original(), 'withoutFace', new Date('2025-02-02T00:00:00.000Z')))).toEqual({ kind: 'diverged', since: 2 });
    const tampered = editVersion(v2(), 1, (v) => ({ ...v, custom: [{ id: 'c1', author: 'a', text: 'Anything goes.' }] }));
    expect(relateToSaved(v2(), tampered)).toMatchObject({ kind: 'altered', version: 2 });
    const first = editVersion(original(), 0, (v) => ({ ...v, createdAt: '2024-01-01T00:00:00.000Z' }));
    expect(relateToSaved(original(), first)).toMatchObject({ kind: 'altered', version: 1 });
  });
});
