/**
 * Dates and times as the PDF prints them: in UTC, and spelled out here rather
 * than by Intl, so the same moment prints the same words on every device
 * whatever its time zone, language or browser (partners on two phones make
 * byte-identical PDFs). Times say "UTC", so nobody reads them as local.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const twoDigits = (value: number) => String(value).padStart(2, '0');

function instant(moment: string | Date): Date {
  const date = moment instanceof Date ? moment : new Date(moment);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a moment in time: ${String(moment)}`);
  return date;
}

/** "24 November 2026": the day of that moment in UTC. */
export function printedDate(moment: string | Date): string {
  const date = instant(moment);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "24 November 2026 at 13:58 UTC". */
export function printedDateTime(moment: string | Date): string {
  const date = instant(moment);
  return `${printedDate(date)} at ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`;
}

/** A calendar day ("2026-12-24") in words: "24 December 2026", the same day wherever the reader is. */
export function printedCalendarDate(day: string): string {
  return printedDate(`${day}T00:00:00Z`);
}
