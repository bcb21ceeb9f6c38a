import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startRevision } from '../../../lib/agreement/draft-flow';
import { readyToSign, signedDraft } from '../../../lib/agreement/draft';
import { fingerprintVersion } from '../../../lib/agreement/fingerprint';
import { exportAgreementFile, parseAgreementFile } from '../../../lib/agreement/file-format';
import type { Agreement, Draft } from '../../../lib/agreement/schema';
import { looserAfterUpgrade, planUpgrade } from '../../../lib/agreement/upgrade';
import { reviseTogether, tightenAlone } from '../../../lib/agreement/versions';
import type { Template } from '../../../lib/template/types';
import { defaultTemplate, findTemplate } from '../../../templates/index';
import { answers, makeAgreement, NAMES } from '../fixtures/agreement-fixture';

const v1 = findTemplate('intimate-messaging', 1)!;
const v2 = findTemplate('intimate-messaging', 2)!;
const AT = new Date('2026-12-01T10:00:00.000Z');

/** Both partners finish the upgrade draft: each fills what was left for them (here, the defaults), acknowledges and signs. */
function finish(template: Template, draft: Draft, overrides: Record<string, string> = {}) {
  const acks = template.acknowledgements.map((ack) => ack.id);
  const fill = { ...answers(template, overrides) };
  const filled: Draft = {
    ...draft,
    answers: { a: { ...fill, ...draft.answers.a, ...overrides }, b: { ...fill, ...draft.answers.b, ...overrides } },
    acknowledgements: { a: acks, b: acks },
    signatures: { a: { name: NAMES.a, at: AT.toISOString() }, b: { name: NAMES.b, at: AT.toISOString() } },
  };
  const ready = readyToSign(template, filled);
  if (!ready.ok) throw new Error(ready.problem);
  return ready.ready;
}

describe('version 1 kept forever', () => {
  it('is still registered, and its signed words are exactly as they were', () => {
    const words = JSON.stringify({
      sections: v1.sections.map((s) => ({ id: s.id, title: s.title, why: s.why, notice: s.notice, questions: s.questions })),
      acknowledgements: v1.acknowledgements,
      summary: v1.summary,
      review: v1.review,
    });
    expect(createHash('sha256').update(words).digest('hex')).toBe('c9ae74d43d0d83b53ac44f8cfaf7389ab772735e3c058959ec13e135c9c72add');
    expect(defaultTemplate).toBe(v2);
  });

  it('exports and reads back a version-1 agreement with the same fingerprint', async () => {
    const agreement = makeAgreement(v1, { contentKinds: 'noVideo' });
    const parsed = parseAgreementFile(exportAgreementFile(agreement, AT));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.agreement).toEqual(agreement);
    expect(await fingerprintVersion(parsed.agreement.versions[0]!)).toBe(await fingerprintVersion(agreement.versions[0]!));
    expect(findTemplate(parsed.agreement.versions[0]!.templateId, parsed.agreement.versions[0]!.templateVersion)).toBe(v1);
  });
});

describe('moving a version-1 agreement to version 2', () => {
  const agreement = makeAgreement(v1, { contentKinds: 'noVideo', identifyingDetails: 'never', lockScreenPreviews: 'hidePreviews' });
  const latest = agreement.versions[0]!;

  it('carries what kept its meaning, and leaves every new question for both to answer privately', () => {
    const result = planUpgrade(v1, v2, latest);
    if (!result.ok) throw new Error(result.problem);
    const { start, askAgain } = result.plan;
    expect(start.checkInStyle).toBe(latest.terms.find((term) => term.questionId === 'checkInStyle')?.optionId);
    expect(start.contentKinds).toBe('noVideo');
    for (const id of v2.upgrade!.questions.filter((change) => change.change === 'new').map((change) => change.question)) {
      expect(askAgain, id).toContain(id);
      expect(start[id], id).toBeUndefined();
    }
    // New options (a stricter lock-screen option) and reworded commitments are asked again, not carried.
    expect(askAgain).toEqual(expect.arrayContaining(['lockScreenPreviews', 'noAppsOrAi', 'containTogether']));
    expect(start.lockScreenPreviews).toBeUndefined();
    expect(start.noAppsOrAi).toBeUndefined();
  });

  it('shows each changed option in force beside the nearest new one', () => {
    const result = planUpgrade(v1, v2, latest);
    if (!result.ok) throw new Error(result.problem);
    const identifying = result.plan.beside.find((entry) => entry.questionId === 'identifyingDetails');
    expect(identifying?.direction).toBe('stricter');
    expect(identifying?.was.clause).not.toBe(identifying?.now.clause);
    const previews = result.plan.beside.find((entry) => entry.questionId === 'lockScreenPreviews');
    expect(previews?.was.id).toBe('hidePreviews');
    expect(previews?.now.id).toBe('hidePreviews');
  });

  it('refuses a path the newer template does not name', () => {
    expect(planUpgrade(v2, v1, latest)).toEqual({ ok: false, problem: 'otherTemplate' });
    const noMap = { ...v2, upgrade: undefined };
    expect(planUpgrade(v1, noMap, latest)).toEqual({ ok: false, problem: 'noPath' });
  });

  it('starts only as a revision together, each partner on what carried over, and never on the wrong template', () => {
    expect(startRevision(v2, agreement, AT)).toEqual({ ok: false, problem: 'otherTemplate' });
    const started = startRevision(v2, agreement, AT, undefined, v1);
    if (!started.ok) throw new Error(started.problem);
    expect(started.draft.templateVersion).toBe(2);
    expect(started.draft.answers.a).toEqual(started.draft.answers.b);
    expect(started.draft.answers.a.videoCalls).toBeUndefined();
    expect(started.draft.revisionOf?.version).toBe(1);
    // Revisiting only one term still asks every new question.
    const some = startRevision(v2, agreement, AT, ['reviewCadence'], v1);
    if (!some.ok) throw new Error(some.problem);
    expect(some.draft.revisionOf?.revisit).toEqual(expect.arrayContaining(['reviewCadence', 'videoCalls', 'lockScreenPreviews', 'noMonitoring']));
  });

  it('lands as a new version both signed, keeping version 1 exactly as it was', async () => {
    const before = await fingerprintVersion(latest);
    const started = startRevision(v2, agreement, AT, undefined, v1);
    if (!started.ok) throw new Error(started.problem);
    const ready = finish(v2, started.draft);
    expect(signedDraft({ ...ready, draft: { ...ready.draft, signatures: { a: ready.draft.signatures.a } } })).toEqual({ ok: false, problem: 'signatures' });
    const signed = signedDraft(ready);
    if (!signed.ok) throw new Error(signed.problem);
    const revised = reviseTogether(v2, agreement, signed.signed, AT);
    if (!revised.ok) throw new Error(revised.problem);
    const [first, second] = revised.agreement.versions;
    expect(first).toBe(latest);
    expect(await fingerprintVersion(first!)).toBe(before);
    expect(second?.templateVersion).toBe(2);
    expect(second?.signatures.a.name).toBe(NAMES.a);
    expect(second?.signatures.b.name).toBe(NAMES.b);
    expect(looserAfterUpgrade(v2, first!.terms, second!.terms)).toEqual([]);
  });

  it('names every term an upgrade would loosen, so both confirm it', () => {
    const started = startRevision(v2, agreement, AT, undefined, v1);
    if (!started.ok) throw new Error(started.problem);
    const ready = finish(v2, started.draft, { contentKinds: 'textVoicePhotosVideo' });
    expect(looserAfterUpgrade(v2, latest.terms, ready.signedTerms)).toEqual(['contentKinds']);
  });

  it('leaves tightening alone possible on either version', () => {
    const onV1: Agreement = makeAgreement(v1, { contentKinds: 'noVideo' });
    const tightenedV1 = tightenAlone(v1, onV1, { by: 'a', questionId: 'contentKinds', optionId: 'textAndVoiceOnly', typedName: NAMES.a }, AT);
    expect(tightenedV1.ok && tightenedV1.agreement.versions[1]?.templateVersion).toBe(1);
    const onV2: Agreement = makeAgreement(v2, { contentKinds: 'noVideo' });
    const tightenedV2 = tightenAlone(v2, onV2, { by: 'b', questionId: 'contentKinds', optionId: 'textAndVoiceOnly', typedName: NAMES.b }, AT);
    expect(tightenedV2.ok && tightenedV2.agreement.versions[1]?.templateVersion).toBe(2);
  });
});
