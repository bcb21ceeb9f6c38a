import type { ReviewReference } from '../template/types';
import type { Agreement, AgreementVersion } from './schema';
import { lastSignedTogether, latestVersion } from './versions';

/** When to look at an agreement again: the template names its review question and what each option means (`Template.review`). */

/** A calendar day, "YYYY-MM-DD", with no time zone: reviews are whole days. */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function soonest(monthsByOption: Readonly<Record<string, number>>): number {
  const months = Object.values(monthsByOption).filter((value) => Number.isInteger(value) && value > 0);
  return months.length > 0 ? Math.min(...months) : 1;
}

/** Months until the next review. An unknown or missing cadence gets the soonest one: on doubt, review sooner. */
export function reviewMonths(review: ReviewReference, version: Pick<AgreementVersion, 'terms'>): number {
  const { questionId, monthsByOption } = review;
  const optionId = version.terms.find((term) => term.questionId === questionId)?.optionId;
  const months = optionId !== undefined && Object.hasOwn(monthsByOption, optionId) ? monthsByOption[optionId] : undefined;
  return months !== undefined && Number.isInteger(months) && months > 0 ? months : soonest(monthsByOption);
}

/** Calendar-month arithmetic that clamps to the month's last day: Jan 31 + 1 month → Feb 28 (or 29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const match = CALENDAR_DATE.exec(date);
  if (!match) throw new Error(`Not a calendar date: "${date}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  const target = new Date(0);
  target.setUTCFullYear(year, month + months, 1);
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(target.getUTCFullYear(), 4)}-${pad(target.getUTCMonth() + 1)}-${pad(Math.min(day, lastDay.getUTCDate()))}`;
}

/** The next review date for a version, counted from the day (UTC) it was made. */
export function nextReviewDate(review: ReviewReference, version: Pick<AgreementVersion, 'terms' | 'createdAt'>): CalendarDate {
  return addMonths(version.createdAt.slice(0, 10), reviewMonths(review, version));
}

/**
 * The next review as of one version: that version's cadence, counted from the
 * last version both signed at or before it. A tightening by one partner alone
 * is not a review (they did not look at it together), so it changes how often
 * but not since when. The PDF of any version and the app's reminder both use
 * this, so they always agree.
 */
export function nextReviewAsOf(review: ReviewReference, agreement: Pick<Agreement, 'versions'>, versionNumber: number): CalendarDate | null {
  const upTo = agreement.versions.filter((version) => version.version <= versionNumber);
  const version = upTo.find((candidate) => candidate.version === versionNumber);
  if (!version) return null;
  const since = lastSignedTogether({ versions: upTo }).createdAt;
  return nextReviewDate(review, { terms: version.terms, createdAt: since });
}

/** The next review for an agreement: as of the version in force. None once withdrawn. */
export function nextReviewForAgreement(review: ReviewReference, agreement: Agreement): CalendarDate | null {
  if (agreement.withdrawn) return null;
  return nextReviewAsOf(review, agreement, latestVersion(agreement).version);
}

/** Today's date on this device, for comparing with a review date. */
export function localCalendarDate(now: Date): CalendarDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isReviewDue(reviewDate: CalendarDate, today: CalendarDate): boolean {
  return today >= reviewDate;
}
