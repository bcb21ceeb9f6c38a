import { describe, expect, it } from 'vitest';
import type { AgreementVersion } from '../../../lib/agreement/schema';
import { canonicalJson, canonicalVersion, fingerprintVersion, isFingerprint, shortFingerprint } from '../../../lib/agreement/fingerprint';

const version: AgreementVersion = {
  version: 1,
  parent: null,
  templateId: 'intimate-messaging',
  templateVersion: 1,
  partners: { a: { name: 'Zoë' }, b: { name: 'José' } },
  apps: ['whatsapp', 'signal'],
  terms: [
    { questionId: 'contentKinds', optionId: 'noVideo', settledBy: 'protective', answers: { a: 'textVoicePhotosVideo', b: 'noVideo' } },
    { questionId: 'askingFirst', optionId: 'askFirstEachTime', settledBy: 'same' },
  ],
  custom: [
    { id: 'c1', author: 'a', text: 'First' },
    { id: 'c2', author: 'b', text: 'Second' },
  ],
  acknowledgements: { a: ['notContract', 'noConsentToShare'], b: ['noConsentToShare', 'notContract'] },
  signatures: { a: { name: 'Zoë', at: '2026-11-24T13:58:12.000Z' }, b: { name: 'José', at: '2026-11-24T14:05:40.000Z' } },
  createdAt: '2026-11-24T14:06:00.000Z',
};

describe('fingerprintVersion', () => {
  it('is 64 lower-case hex characters and stable', async () => {
    const hex = await fingerprintVersion(version);
    expect(isFingerprint(hex)).toBe(true);
    expect(await fingerprintVersion(structuredClone(version))).toBe(hex);
  });

  it('ignores key order and the order of apps, terms and acknowledgements', async () => {
    const shuffled: AgreementVersion = {
      createdAt: version.createdAt,
      signatures: version.signatures,
      acknowledgements: { a: [...version.acknowledgements.a].reverse(), b: [...version.acknowledgements.b].reverse() },
      custom: version.custom,
      terms: [...version.terms].reverse(),
      apps: ['signal', 'whatsapp'],
      partners: version.partners,
      templateVersion: 1,
      templateId: version.templateId,
      parent: null,
      version: 1,
    };
    expect(await fingerprintVersion(shuffled)).toBe(await fingerprintVersion(version));
  });

  it('treats a composed and a decomposed accent as the same name', async () => {
    const decomposed = structuredClone(version);
    decomposed.partners.a.name = 'Zoe\u0308';
    expect(await fingerprintVersion(decomposed)).toBe(await fingerprintVersion(version));
  });

  it('changes with anything signed: a term, the order of own terms, a signature time, the version or its parent', async () => {
    const base = await fingerprintVersion(version);
    const edits: ((copy: AgreementVersion) => void)[] = [
      (copy) => (copy.terms[0]!.optionId = 'textAndVoiceOnly'),
      (copy) => copy.custom.reverse(),
      (copy) => (copy.signatures.b.at = '2026-11-24T14:05:41.000Z'),
      (copy) => (copy.version = 2),
      (copy) => (copy.parent = 1),
      (copy) => (copy.partners.b.name = 'Jose'),
      (copy) => (copy.templateVersion = 2),
    ];
    for (const edit of edits) {
      const copy = structuredClone(version);
      edit(copy);
      expect(await fingerprintVersion(copy)).not.toBe(base);
    }
  });

  it('serialises canonically: sorted keys, no whitespace, undefined left out', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(canonicalJson(canonicalVersion(version))).not.toMatch(/\s"/);
  });
});

describe('shortFingerprint', () => {
  it('shows the first 16 hex characters in groups of four', () => {
    expect(shortFingerprint('A1B2C3D4E5F6A7B8' + '0'.repeat(48))).toBe('a1b2 c3d4 e5f6 a7b8');
  });
});

describe('fingerprint of a tightened version', () => {
  const tightened: AgreementVersion = {
    ...version,
    version: 2,
    parent: 1,
    change: { kind: 'tightened', by: 'b', signature: { name: 'José', at: '2026-11-25T09:00:00.000Z' } },
  };

  it('covers who tightened and their signature', async () => {
    const base = await fingerprintVersion(tightened);
    expect(await fingerprintVersion({ ...tightened, change: { ...tightened.change!, by: 'a' } })).not.toBe(base);
    expect(
      await fingerprintVersion({ ...tightened, change: { ...tightened.change!, signature: { name: 'José', at: '2026-11-26T09:00:00.000Z' } } }),
    ).not.toBe(base);
    const { change: _change, ...withoutChange } = tightened;
    expect(await fingerprintVersion(withoutChange)).not.toBe(base);
  });

  it('covers the choice about first private answers when it is made, and leaves older versions as they were', async () => {
    const base = await fingerprintVersion(version);
    const kept = await fingerprintVersion({ ...version, privateAnswers: 'kept' });
    const leftOut = await fingerprintVersion({ ...version, privateAnswers: 'leftOut' });
    expect(new Set([base, kept, leftOut]).size).toBe(3);
    expect(canonicalJson(canonicalVersion(version))).not.toContain('privateAnswers');
    expect(canonicalJson(canonicalVersion({ ...version, privateAnswers: 'leftOut' }))).toContain('"privateAnswers":"leftOut"');
  });

  it('stays the same once the other partner signs it as seen', async () => {
    const seen: AgreementVersion = {
      ...tightened,
      change: { ...tightened.change!, seenBy: { name: 'Zoë', at: '2026-11-27T09:00:00.000Z' } },
    };
    expect(await fingerprintVersion(seen)).toBe(await fingerprintVersion(tightened));
  });
});

// Known answers: what was signed must keep its fingerprint across every refactor. Never update these
// to make a test pass; a different hex means old PDFs and imports would no longer verify.
describe('fingerprint known answers', () => {
  it('gives a fixed version 1 its fixed fingerprint', async () => {
    expect(await fingerprintVersion(version)).toBe('a46cda38140a8b0fece0ac58230b4b3121cba2d1b0dca2975b99aa622af3f18f');
  });

  it('gives a fixed tightened version its fixed fingerprint', async () => {
    const tightened: AgreementVersion = {
      ...version,
      version: 2,
      parent: 1,
      change: { kind: 'tightened', by: 'b', signature: { name: 'José', at: '2026-11-25T09:00:00.000Z' } },
    };
    expect(await fingerprintVersion(tightened)).toBe('8e1faf58ac9bbcf93d67989aa10c48354044aefcd1499378f596a69c90cd5b86');
  });
});
