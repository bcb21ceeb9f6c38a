import { describe, expect, it } from 'vitest';
import { apartStateSchema, firstProgress, newApartState, progressOf } from '../../../lib/apart/device-state';
import { sessionFromStored } from '../../../lib/apart/session';
import { createAgreementSecret } from '../../../lib/crypto/secret';
import { createPartnerToken } from '../../../lib/crypto/partner-token';

const session = (role: 'a' | 'b') => ({ secret: createAgreementSecret(), role, partnerToken: createPartnerToken() });
const now = new Date('2026-12-01T12:00:00.000Z');

describe('apart mode: a new entry on this device', () => {
  it('A keeps the apps she chose and sends them; nothing is answered yet', () => {
    const mine = session('a');
    const state = newApartState({ id: 'entry1', session: mine, myName: 'Zoë', apps: ['signal'], progressRev: 1, now });
    expect(apartStateSchema.safeParse(state).success).toBe(true);
    expect(state).toMatchObject({ id: 'entry1', myName: 'Zoë', apps: ['signal'], step: 0, submitted: false, codeMatched: false, progressRev: 1 });
    expect(state.createdAt).toBe('2026-12-01T12:00:00.000Z');
    expect(sessionFromStored(state.session)).toEqual(mine);
    expect(progressOf(state, 6)).toEqual({ v: 1, name: 'Zoë', answered: 0, total: 6, apps: ['signal'], confirms: {} });
    expect(firstProgress('Zoë', 6, ['signal'])).toEqual(progressOf(state, 6));
  });

  it('B keeps the apps A chose and her name, to answer offline, but never sends them as his own', () => {
    const state = newApartState({ id: 'entry2', session: session('b'), myName: 'José', partnerApps: ['whatsapp'], partnerName: 'Zoë', progressRev: 0, now });
    expect(state.partnerApps).toEqual(['whatsapp']);
    expect(state.partnerName).toBe('Zoë');
    expect(JSON.stringify(progressOf(state, 6))).not.toContain('Zoë');
    expect(state.apps).toBeUndefined();
    expect(progressOf(state, 6)).toEqual({ v: 1, name: 'José', answered: 0, total: 6, confirms: {} });
    expect(firstProgress('José', 6)).toEqual(progressOf(state, 6));
  });
});
