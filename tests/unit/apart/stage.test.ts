import { describe, expect, it } from 'vitest';
import { apartStage, type StageInput } from '../../../lib/apart/stage';

const fresh = { codeMatched: false, submitted: false, step: 0 };
const status = (joined: boolean, submitted = { a: false, b: false }) => ({ joined, submitted });
const input = (extra: Partial<StageInput>): StageInput => ({ role: 'a', state: fresh, status: null, problem: null, total: 6, partsReady: false, ...extra });

describe('apart journey: which screen a phone shows', () => {
  it('A waits for a status before showing the invite or the check code', () => {
    expect(apartStage(input({}))).toBe('connecting');
    expect(apartStage(input({ status: status(false) }))).toBe('invite');
    expect(apartStage(input({ status: status(true) }))).toBe('check-code');
  });

  it('B is joined by definition: the check code needs a status, the answers do not', () => {
    expect(apartStage(input({ role: 'b', status: status(true) }))).toBe('check-code');
    expect(apartStage(input({ role: 'b', state: { ...fresh, codeMatched: true } }))).toBe('answering');
  });

  it('once the words matched, answering and sending need no poll (offline too, or while the server refuses)', () => {
    for (const role of ['a', 'b'] as const) {
      expect(apartStage(input({ role, state: { ...fresh, codeMatched: true, step: 3 } }))).toBe('answering');
      expect(apartStage(input({ role, state: { ...fresh, codeMatched: true, step: 6 }, problem: 'offline' }))).toBe('send');
      expect(apartStage(input({ role, state: { ...fresh, codeMatched: true, submitted: true, step: 6 } }))).toBe('sent');
    }
  });

  it('the review only once both submitted and everything for it is on this phone', () => {
    const sent = { ...fresh, codeMatched: true, submitted: true, step: 6 };
    expect(apartStage(input({ state: sent, status: status(true, { a: true, b: false }), partsReady: false }))).toBe('sent');
    expect(apartStage(input({ state: sent, status: status(true, { a: true, b: true }), partsReady: false }))).toBe('sent');
    expect(apartStage(input({ state: sent, status: status(true, { a: true, b: true }), partsReady: true }))).toBe('review');
  });

  it('a deleted or expired copy ends the journey, whatever else is known', () => {
    expect(apartStage(input({ problem: 'not-found', status: status(true) }))).toBe('gone');
    expect(apartStage(input({ state: { ...fresh, codeMatched: true, gone: true } }))).toBe('gone');
  });
});
