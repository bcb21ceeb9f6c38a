import type { ErrorCode } from './api-types';

/** Everything that can go wrong for a device in apart mode, each with words a person can act on. */
export type ApartProblem =
  | 'bad-link'
  | 'not-found'
  | 'taken'
  | 'altered'
  | 'invalid'
  | 'submitted'
  | 'not-ready'
  | 'stale'
  | 'too-large'
  | 'rate-limited'
  | 'offline'
  | 'server';

export const PROBLEM_MESSAGES: Readonly<Record<ApartProblem, string>> = {
  'bad-link': 'This link is not complete or not right. Ask your partner to send it again, and open it exactly as it arrived.',
  'not-found': 'This shared copy is not on the server: it was deleted or it expired, or the link is wrong. Whatever is on this device is still here.',
  taken: 'Someone has already joined with this link, so it cannot be used on this device. If that was not your partner, stop here and talk to them another way.',
  altered: 'This agreement was altered or the link is wrong, so nothing from it is shown. Whatever is on this device is still here.',
  invalid: 'What the server sent does not fit the agreement on this device, so it was not used. Whatever is on this device is still here.',
  submitted: 'These answers were already sent as final, so they cannot change now.',
  'not-ready': 'This can happen once both of you have sent your answers.',
  stale: 'Your partner changed something at the same moment. Please look again and try once more.',
  'too-large': 'This is too large to send. Nothing was changed.',
  'rate-limited': 'Too many requests in a short time. Please wait a minute and try again.',
  offline: 'The server could not be reached. Your work is still on this device; try again when you are online.',
  server: 'Something went wrong on the server. Your work is still on this device; please try again.',
};

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ApartProblem; readonly retryAfter?: number };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (problem: ApartProblem, retryAfter?: number): { ok: false; problem: ApartProblem; retryAfter?: number } =>
  retryAfter === undefined ? { ok: false, problem } : { ok: false, problem, retryAfter };

export function problemFor(code: ErrorCode | undefined, status: number): ApartProblem {
  switch (code) {
    case 'not-found':
    case 'taken':
    case 'stale':
    case 'submitted':
    case 'not-ready':
    case 'too-large':
    case 'rate-limited':
      return code;
    default:
      return status === 404 ? 'not-found' : status === 413 ? 'too-large' : status === 429 ? 'rate-limited' : 'server';
  }
}
