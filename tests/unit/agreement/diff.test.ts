import { describe, expect, it } from 'vitest';
import { describeChange, diffVersions } from '../../../lib/agreement/diff';
import type { AgreementVersion } from '../../../lib/agreement/schema';
import { latestVersion } from '../../../lib/agreement/versions';
import { deepFreeze, makeAgreement } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const base = (): AgreementVersion => latestVersion(makeAgreement(template, { photos: 'withFace', askFirst: 'askEachTime' }));
const withOption = (version: AgreementVersion, questionId: string, optionId: string): AgreementVersion => ({
  ...version,
  terms: version.terms.map((term) => (term.questionId === questionId ? { ...term, optionId } : term)),
});

describe('diffVersions', () => {
  it('finds nothing between a version and itself', () => {
    const version = deepFreeze(base());
    expect(diffVersions(template, version, version)).toEqual([]);
  });

  it('describes a changed term in plain words, with its direction', () => {
    const from = deepFreeze(base());
    const tighter = withOption(from, 'photos', 'withoutFace');
    const [change] = diffVersions(template, from, tighter);
    expect(change).toEqual({ kind: 'changed', questionId: 'photos', short: 'Photos', from: 'With face', to: 'Without face or identifying marks', direction: 'tighter' });
    expect(describeChange(change!)).toBe('Photos: With face → Without face or identifying marks');

    const looser = withOption(from, 'askFirst', 'anyTime');
    expect(diffVersions(template, from, looser)).toEqual([
      { kind: 'changed', questionId: 'askFirst', short: 'Asking first', from: 'Ask first each time', to: 'Send any time', direction: 'looser' },
    ]);
  });

  it('lists added and removed terms', () => {
    const full = deepFreeze(base());
    const without = { ...full, terms: full.terms.filter((term) => term.questionId !== 'reviewCadence') };
    const added = diffVersions(template, without, full);
    expect(added).toEqual([{ kind: 'added', questionId: 'reviewCadence', short: 'Review', to: 'Every month' }]);
    expect(describeChange(added[0]!)).toBe('Review: added (Every month)');

    const removed = diffVersions(template, full, without);
    expect(removed).toEqual([{ kind: 'removed', questionId: 'reviewCadence', short: 'Review', from: 'Every month' }]);
    expect(describeChange(removed[0]!)).toBe('Review: removed (was Every month)');
  });

  it('lists own terms added, removed and reworded', () => {
    const from = { ...base(), custom: [{ id: 'c1', author: 'a' as const, text: 'No photos at work.' }, { id: 'c2', author: 'b' as const, text: 'Good night texts only.' }] };
    const to = { ...from, custom: [{ ...from.custom[0]!, text: 'No photos at work or at family events.' }, { id: 'c3', author: 'b' as const, text: 'Delete within a day.' }] };
    const changes = diffVersions(template, from, to);
    expect(changes.map(describeChange)).toEqual([
      'Our own term reworded: “No photos at work.” → “No photos at work or at family events.”',
      'Our own term removed: “Good night texts only.”',
      'Our own term added: “Delete within a day.”',
    ]);
  });

  it('lists changed apps and names', () => {
    const from = base();
    const to: AgreementVersion = { ...from, apps: ['whatsapp', 'signal'], partners: { ...from.partners, b: { name: 'Alexis' } } };
    expect(diffVersions(template, from, to).map(describeChange)).toEqual(['Apps: WhatsApp → WhatsApp, Signal', 'Name: Alex → Alexis']);
  });

  it('keeps terms the template does not know, by their ids', () => {
    const from = base();
    const to = { ...from, terms: [...from.terms, { questionId: 'retired', optionId: 'old', settledBy: 'same' as const }] };
    expect(diffVersions(template, from, to).map(describeChange)).toEqual(['retired: added (old)']);
  });
});
