import { describe, expect, it } from 'vitest';
import { apartRevision, proposalChanges, proposeRevision, signProposal, type ApartProposal } from '../../../lib/apart/loosen';
import { createApartValidators } from '../../../lib/apart/shared';
import { syncPlan } from '../../../lib/apart/sync';
import { fingerprintVersion } from '../../../lib/agreement/fingerprint';
import { latestVersion, withdraw } from '../../../lib/agreement/versions';
import type { Agreement, CustomTerm } from '../../../lib/agreement/schema';
import { fixtureTemplate as template } from '../fixtures/template-fixture';
import { makeAgreement, NAMES } from '../fixtures/agreement-fixture';

const base = () => makeAgreement(template, { photos: 'withoutFace' });
const looser = (): ApartProposal => {
  const result = proposeRevision(template, base(), 'a', { photos: 'withFace' });
  if (!result.ok) throw new Error(result.problem);
  return result.proposal;
};
const signedBy = (proposal: ApartProposal, partner: 'a' | 'b', at: string) => signProposal(base(), proposal, partner, NAMES[partner], new Date(at)) ?? undefined;

describe('apart mode: a revision that loosens needs both, each from their own slot', () => {
  it('a proposal is only a proposal: with one signature, or none, there is no new version', () => {
    const proposal = looser();
    expect(apartRevision(template, base(), proposal, { a: undefined, b: undefined })).toBeNull();
    expect(apartRevision(template, base(), proposal, { a: signedBy(proposal, 'a', '2026-12-01T10:00:00.000Z'), b: undefined })).toBeNull();
    expect(apartRevision(template, base(), proposal, { a: undefined, b: signedBy(proposal, 'b', '2026-12-01T10:00:00.000Z') })).toBeNull();
  });

  it('with both signatures each phone builds the same version, at the later signature’s time', async () => {
    const proposal = looser();
    const signed = { a: signedBy(proposal, 'a', '2026-12-01T10:00:00.000Z'), b: signedBy(proposal, 'b', '2026-12-01T10:05:00.000Z') };
    const onA = apartRevision(template, base(), structuredClone(proposal), structuredClone(signed));
    const onB = apartRevision(template, base(), structuredClone(proposal), structuredClone(signed));
    expect(onA && onB).toBeTruthy();
    const next = latestVersion(onA!);
    expect(next).toMatchObject({ version: 2, parent: 1, createdAt: '2026-12-01T10:05:00.000Z' });
    expect(next.change).toBeUndefined();
    expect(next.signatures).toEqual({ a: signed.a!.signature, b: signed.b!.signature });
    expect(next.terms.find((term) => term.questionId === 'photos')).toEqual({ questionId: 'photos', optionId: 'withFace', settledBy: 'same' });
    expect(onA!.versions[0]).toEqual(base().versions[0]);
    expect(await fingerprintVersion(next)).toBe(await fingerprintVersion(latestVersion(onB!)));
  });

  it('a signature counts only for the very proposal and version it was given on', () => {
    const proposal = looser();
    expect(proposeRevision(template, base(), 'b', { nowhere: 'withFace' })).toEqual({ ok: false, problem: 'unknownQuestion' });
    const a = signedBy(proposal, 'a', '2026-12-01T10:00:00.000Z')!;
    const b = signedBy(proposal, 'b', '2026-12-01T10:00:00.000Z')!;
    const changed: ApartProposal = { ...proposal, terms: { photos: 'noPhotos' } };
    expect(apartRevision(template, base(), changed, { a, b })).toBeNull();
    expect(apartRevision(template, base(), { ...proposal, base: 2 }, { a, b })).toBeNull();
    // One partner's slot carrying the other's name is not their signature.
    expect(apartRevision(template, base(), proposal, { a, b: { ...b, signature: { ...b.signature, name: NAMES.a } } })).toBeNull();
    expect(signProposal(base(), proposal, 'b', NAMES.a)).toBeNull();
  });

  it('nothing comes of it once withdrawn, and a proposal must change something on the latest version', () => {
    const out = withdraw(base(), 'b');
    if (!out.ok) throw new Error(out.problem);
    expect(proposeRevision(template, out.agreement, 'a', { photos: 'withFace' })).toEqual({ ok: false, problem: 'withdrawn' });
    expect(proposeRevision(template, base(), 'a', { photos: 'withoutFace' })).toEqual({ ok: false, problem: 'nothingChanged' });
    expect(proposeRevision(template, base(), 'a', { photos: 'nonsense' })).toEqual({ ok: false, problem: 'unknownOption' });
    const proposal = looser();
    const signed = { a: signedBy(proposal, 'a', '2026-12-01T10:00:00.000Z'), b: signedBy(proposal, 'b', '2026-12-01T10:00:00.000Z') };
    expect(apartRevision(template, out.agreement, proposal, signed)).toBeNull();
  });

  it('sync takes a both-signed version only when it is the one both slots build; never one through one phone', () => {
    const proposal = looser();
    const signed = { a: signedBy(proposal, 'a', '2026-12-01T10:00:00.000Z'), b: signedBy(proposal, 'b', '2026-12-01T10:05:00.000Z') };
    const together = apartRevision(template, base(), proposal, signed)!;
    // B's phone built and saved it; A's phone receives it, or builds it too: the same, nothing lost.
    expect(syncPlan(base(), together, 'a', together)).toMatchObject({ ok: true, push: false });
    expect(syncPlan(together, base(), 'b', together)).toEqual({ ok: true, save: null, push: true });
    expect(syncPlan(together, together, 'a', together)).toEqual({ ok: true, save: null, push: false });
    // Without both slots' signatures, the same version arriving is refused.
    expect(syncPlan(base(), together, 'a', null)).toEqual({ ok: false, problem: 'altered' });
    const forged = { ...together, versions: [together.versions[0]!, { ...together.versions[1]!, createdAt: '2026-12-01T10:06:00.000Z' }] };
    expect(syncPlan(base(), forged, 'a', together)).toEqual({ ok: false, problem: 'altered' });
  });

  it('the record and the slots carry proposal and signature through the shapes checked on arrival', () => {
    const validators = createApartValidators((id, version) => (id === template.id && version === template.version ? template : undefined));
    const proposal = looser();
    const context = { rev: 2, role: 'shared' as const, direction: 'in' as const };
    expect(validators.record({ v: 1, agreementId: 'agreement1', choices: {}, agreement: base(), proposal }, context).ok).toBe(true);
    expect(validators.record({ v: 1, agreementId: 'agreement1', choices: {}, agreement: base(), proposal: { ...proposal, by: 'c' } }, context).ok).toBe(false);
    const progress = { v: 1, name: NAMES.b, answered: 1, total: 1, confirms: {}, revision: signedBy(proposal, 'b', '2026-12-01T10:00:00.000Z') };
    expect(validators.progress(progress, { ...context, role: 'b' }).ok).toBe(true);
  });

  it('a proposal shows each term it changes as it is now beside what is proposed, and which way it goes', () => {
    const latest = latestVersion(base());
    expect(proposalChanges(template, latest, looser())).toEqual([
      { kind: 'changed', questionId: 'photos', short: expect.any(String), from: 'Without face or identifying marks', to: 'With face', direction: 'looser' },
    ]);
    const mixed: ApartProposal = { base: 1, by: 'b', terms: { photos: 'noPhotos', askFirst: 'anyTime', reviewCadence: latest.terms.find((term) => term.questionId === 'reviewCadence')!.optionId } };
    const changes = proposalChanges(template, latest, mixed).filter((change) => change.kind === 'changed');
    // In template order; a term proposed as it already is changes nothing and is not listed.
    expect(changes.map((change) => [change.questionId, change.to, change.direction])).toEqual([
      ['photos', 'No photos', 'tighter'],
      ['askFirst', 'Send any time', 'looser'],
    ]);
    // What is shown is what would be built: the same terms as the new version both sign.
    const signed = { a: signProposal(base(), mixed, 'a', NAMES.a, new Date('2026-12-01T10:00:00.000Z'))!, b: signProposal(base(), mixed, 'b', NAMES.b, new Date('2026-12-01T10:01:00.000Z'))! };
    const built = latestVersion(apartRevision(template, base(), mixed, signed)!);
    for (const change of changes) expect(built.terms.find((term) => term.questionId === change.questionId)?.optionId).toBe(change.questionId === 'photos' ? 'noPhotos' : 'anyTime');
  });

  describe('own words', () => {
    const hers: CustomTerm = { id: 'wordsA1', author: 'a', text: 'We check in the morning after.' };
    const his: CustomTerm = { id: 'wordsB1', author: 'b', text: 'No calls after midnight.' };
    const withWords = (): Agreement => {
      const agreement = base();
      return { ...agreement, versions: [{ ...agreement.versions[0]!, custom: [hers, his] }] };
    };
    const bothSign = (agreement: Agreement, proposal: ApartProposal) => ({
      a: signProposal(agreement, proposal, 'a', NAMES.a, new Date('2026-12-01T10:00:00.000Z'))!,
      b: signProposal(agreement, proposal, 'b', NAMES.b, new Date('2026-12-01T10:01:00.000Z'))!,
    });

    it('a proposal may take out words both signed and add the proposer’s own; the new version holds exactly those', () => {
      const added: CustomTerm = { id: 'wordsA2', author: 'a', text: 'Ask before a video call.' };
      const made = proposeRevision(template, withWords(), 'a', {}, [his, added]);
      if (!made.ok) throw new Error(made.problem);
      expect(proposalChanges(template, latestVersion(withWords()), made.proposal)).toEqual([
        { kind: 'customRemoved', text: hers.text },
        { kind: 'customAdded', text: added.text },
      ]);
      const built = apartRevision(template, withWords(), made.proposal, bothSign(withWords(), made.proposal));
      expect(latestVersion(built!).custom).toEqual([his, added]);
      expect(latestVersion(built!).terms).toEqual(latestVersion(withWords()).terms);
      expect(built!.versions[0]!.custom).toEqual([hers, his]);
    });

    it('never rewords a term, never adds words in the other’s name, and the same words are no change', () => {
      expect(proposeRevision(template, withWords(), 'a', {}, [hers, { ...his, text: 'Calls any time.' }])).toEqual({ ok: false, problem: 'ownWords' });
      expect(proposeRevision(template, withWords(), 'a', {}, [hers, his, { id: 'wordsB2', author: 'b', text: 'In his name.' }])).toEqual({ ok: false, problem: 'ownWords' });
      expect(proposeRevision(template, withWords(), 'a', {}, [hers, his, hers])).toEqual({ ok: false, problem: 'ownWords' });
      expect(proposeRevision(template, withWords(), 'a', {}, [his, hers])).toEqual({ ok: false, problem: 'nothingChanged' });
      expect(proposeRevision(template, withWords(), 'a', {})).toEqual({ ok: false, problem: 'nothingChanged' });
    });

    it('an altered proposal in the record builds nothing and shows nothing to sign, even with both signatures for it', () => {
      const reworded: ApartProposal = { base: 1, by: 'a', terms: {}, custom: [hers, { ...his, text: 'Calls any time.' }] };
      expect(proposalChanges(template, latestVersion(withWords()), reworded)).toEqual([]);
      expect(apartRevision(template, withWords(), reworded, bothSign(withWords(), reworded))).toBeNull();
    });

    it('a signature binds the words too: given for one set of words, it does not count for another', () => {
      const made = proposeRevision(template, withWords(), 'b', {}, [hers]);
      if (!made.ok) throw new Error(made.problem);
      const signed = bothSign(withWords(), made.proposal);
      expect(apartRevision(template, withWords(), { ...made.proposal, custom: [his] }, signed)).toBeNull();
      expect(apartRevision(template, withWords(), made.proposal, signed)).not.toBeNull();
    });
  });

  describe('apps', () => {
    it('a proposal may change the apps; the new version lists them and says so, and the signature binds them', () => {
      const before = latestVersion(base()).apps;
      const next = before.includes('signal') ? before.filter((app) => app !== 'signal') : [...before, 'signal' as const];
      const made = proposeRevision(template, base(), 'b', {}, undefined, next);
      if (!made.ok) throw new Error(made.problem);
      expect(proposalChanges(template, latestVersion(base()), made.proposal)).toEqual([{ kind: 'appsChanged', from: expect.any(Array), to: expect.any(Array) }]);
      const signed = { a: signedBy(made.proposal, 'a', '2026-12-01T10:00:00.000Z'), b: signedBy(made.proposal, 'b', '2026-12-01T10:01:00.000Z') };
      const built = apartRevision(template, base(), made.proposal, signed)!;
      expect(latestVersion(built).apps).toEqual(next);
      expect(built.versions[0]).toEqual(base().versions[0]);
      expect(apartRevision(template, base(), { ...made.proposal, apps: before }, signed)).toBeNull();
    });

    it('the same apps in another order are no change, and a list naming an app twice, or none, is refused', () => {
      const before = latestVersion(base()).apps;
      expect(proposeRevision(template, base(), 'a', {}, undefined, [...before].reverse())).toEqual({ ok: false, problem: 'nothingChanged' });
      expect(proposeRevision(template, base(), 'a', {}, undefined, [before[0]!, before[0]!])).toEqual({ ok: false, problem: 'apps' });
      expect(proposeRevision(template, base(), 'a', {}, undefined, [])).toEqual({ ok: false, problem: 'apps' });
    });
  });
});
