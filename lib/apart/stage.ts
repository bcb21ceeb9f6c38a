import type { PartnerKey } from '../agreement/schema';
import type { ApartProblem } from './problems';

/**
 * Which screen one partner's phone shows in apart mode. Only the invite and the check code need the
 * server's status (whether the other joined, both devices' keys); everything after the check code
 * runs from what this phone keeps, so a partner answers at once after joining, and offline.
 */
export type ApartStage = 'gone' | 'connecting' | 'invite' | 'check-code' | 'answering' | 'send' | 'sent' | 'review';

export interface StageInput {
  readonly role: PartnerKey;
  readonly state: { readonly codeMatched: boolean; readonly submitted: boolean; readonly step: number; readonly gone?: boolean | undefined };
  /** The last status this phone has, null before the first one arrived. */
  readonly status: { readonly joined: boolean; readonly submitted: Readonly<Record<PartnerKey, boolean>> } | null;
  readonly problem: ApartProblem | null;
  readonly total: number;
  /** Both sets of answers, the record and the other's progress are on this phone. */
  readonly partsReady: boolean;
}

export function apartStage({ role, state, status, problem, total, partsReady }: StageInput): ApartStage {
  if (problem === 'not-found' || state.gone === true) return 'gone';
  // The partner who joined is joined by definition, and the code is matched only once both were there.
  const joined = role === 'b' || state.codeMatched || status?.joined === true;
  if (!joined) return status ? 'invite' : 'connecting';
  if (!state.codeMatched) return status ? 'check-code' : 'connecting';
  if (!state.submitted) return state.step >= total ? 'send' : 'answering';
  const bothSubmitted = status !== null && status.submitted.a && status.submitted.b;
  return bothSubmitted && partsReady ? 'review' : 'sent';
}

