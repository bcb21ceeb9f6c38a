import { describe, expect, it } from 'vitest';
import { createApartValidators } from '../../../lib/apart/shared';
import { syncPlan } from '../../../lib/apart/sync';
import { tightenAlone, withdraw } from '../../../lib/agreement/versions';
import type { Agreement } from '../../../lib/agreement/schema';
import { fixtureTemplate as template } from '../fixtures/template-fixture';
import { makeAgreement, NAMES } from '../fixtures/agreement-fixture';

const validators = createApartValidators((id, version) => (id === template.id && version === template.version ? template : undefined));
const context = { rev: 2, role: 'shared' as const, direction: 'in' as const };
const base = () => makeAgreement(template, { photos: 'withoutFace' });

function tightened(agreement: Agreement): Agreement {
  const result = tightenAlone(template, agreement, { by: 'b', questionId: 'photos', optionId: 'noPhotos', typedName: NAMES.b }, new Date('2026-12-01T11:00:00.000Z'));
  if (!result.ok) throw new Error(result.problem);
  return result.agreement;
}

describe('apart mode after signing: the agreement in the shared record', () => {
  it('arrives only if it passes the import check and belongs to this record', () => {
    const agreement = base();
    expect(validators.record({ v: 1, agreementId: agreement.id, choices: {}, agreement }, context).ok).toBe(true);
    expect(validators.record({ v: 1, agreementId: 'another', choices: {}, agreement }, context).ok).toBe(false);
    const broken = { ...agreement, versions: [{ ...agreement.versions[0]!, terms: agreement.versions[0]!.terms.slice(1) }] };
    expect(validators.record({ v: 1, agreementId: agreement.id, choices: {}, agreement: broken }, context).ok).toBe(false);
  });

  it('a tightening made on the other phone is saved here; nothing is pushed back', () => {
    const local = base();
    const plan = syncPlan(local, tightened(local), 'a');
    expect(plan.ok && plan.save?.versions.map((version) => version.version)).toEqual([1, 2]);
    expect(plan.ok && plan.push).toBe(false);
  });

  it('what only this phone holds is pushed: the first copy, a withdrawal', () => {
    const local = base();
    expect(syncPlan(local, undefined, 'a')).toEqual({ ok: true, save: null, push: true });
    const out = withdraw(local, 'a');
    if (!out.ok) throw new Error(out.problem);
    expect(syncPlan(out.agreement, local, 'a')).toEqual({ ok: true, save: null, push: true });
  });

  it('an older shared copy never removes a version here', () => {
    const local = tightened(base());
    const plan = syncPlan(local, base(), 'b');
    expect(plan).toEqual({ ok: true, save: null, push: true });
  });

  it('two different second versions are refused, not merged', () => {
    const local = tightened(base());
    const other = tightenAlone(template, base(), { by: 'a', questionId: 'photos', optionId: 'noPhotos', typedName: NAMES.a }, new Date('2026-12-01T11:01:00.000Z'));
    if (!other.ok) throw new Error(other.problem);
    expect(syncPlan(local, other.agreement, 'b').ok).toBe(false);
  });

  it('each partner acts only from their own phone: nothing made here as the other is sent, nothing arriving as me is taken', () => {
    const local = base();
    // B's tightening arrives on A's phone: taken. The same arriving on B's own phone: refused.
    expect(syncPlan(local, tightened(local), 'a').ok).toBe(true);
    expect(syncPlan(local, tightened(local), 'b')).toEqual({ ok: false, problem: 'altered' });
    // A withdrawal made on A's phone in B's name is never sent.
    const asOther = withdraw(local, 'b');
    if (!asOther.ok) throw new Error(asOther.problem);
    expect(syncPlan(asOther.agreement, local, 'a')).toEqual({ ok: false, problem: 'altered' });
  });
});
