import type { CalendarDate } from './review';

/**
 * An opt-in calendar reminder (RFC 5545): an all-day event on the next review
 * day, repeating at the agreed interval, with an alarm that morning. It must
 * not give anything away on a shared or synced calendar: a neutral title, no
 * names, no agreement content, a random UID.
 */

export const REVIEW_EVENT_TITLE = 'Check-in';
/** A neutral file name for the download. */
export const REVIEW_CALENDAR_FILE_NAME = 'check-in.ics';

const PRODUCT_ID = '-//Reminder//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;
/** The alarm goes off at 09:00 (the calendar's own time) on the day. */
const ALARM_TRIGGER = 'PT9H';
const encoder = new TextEncoder();

/** RFC 5545 §3.1: lines longer than 75 octets continue on the next line after CRLF and one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** RFC 5545 §3.3.11 TEXT escaping. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function compactDate(date: CalendarDate): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  // The round trip rejects days that do not exist, such as 2025-02-30.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new Error(`Not a calendar date: "${date}"`);
  }
  return date.replaceAll('-', '');
}

function nextDay(date: CalendarDate): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return compactDate(day.toISOString().slice(0, 10));
}

const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const pad = (value: number) => String(value).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** One series of the reminder: its first day (YYYYMMDD) and its repeat rule. */
export interface ReminderSeries {
  readonly start: string;
  readonly rule: string;
}

/**
 * The repeat rules, matching the app's own review dates (addMonths: the 31st
 * becomes the 30th in April and the 28th or 29th in February). A plain
 * monthly rule would skip months without the start's day (RFC 5545 §3.3.10),
 * and the RFC's cure (BYMONTHDAY=28,29,30;BYSETPOS=-1) is misread by common
 * parsers, so only rules every calendar reads are used where possible:
 * - up to the 28th, or when no month of the cycle is short: every N months;
 * - the 31st: every N months on the month's last day (BYMONTHDAY=-1);
 * - the 29th or 30th with February in the cycle: two yearly series, the
 *   cycle's other months on that day and February on its last day;
 * - only a cycle that does not divide a year falls back on BYSETPOS.
 */
export function reminderSeries(date: CalendarDate, everyMonths: number): ReminderSeries[] {
  if (!Number.isInteger(everyMonths) || everyMonths < 1 || everyMonths > 120) throw new Error(`Not a review interval: ${everyMonths}`);
  const start = compactDate(date);
  const [year, month, day] = [Number(start.slice(0, 4)), Number(start.slice(4, 6)), Number(start.slice(6, 8))];
  const monthly = `FREQ=MONTHLY;INTERVAL=${everyMonths}`;
  if (day === 31) return [{ start, rule: `${monthly};BYMONTHDAY=-1` }];
  if (day <= 28) return [{ start, rule: monthly }];
  if (12 % everyMonths !== 0) {
    const days = Array.from({ length: day - 27 }, (_, index) => 28 + index).join(',');
    return [{ start, rule: `${monthly};BYMONTHDAY=${days};BYSETPOS=-1` }];
  }
  const cycle = Array.from({ length: 12 / everyMonths }, (_, index) => ((month - 1 + index * everyMonths) % 12) + 1).sort((x, y) => x - y);
  if (!cycle.includes(2)) return [{ start, rule: monthly }];
  const others = cycle.filter((each) => each !== 2);
  // The first February of the cycle on or after the start, on its last day.
  const februaryYear = month <= 2 ? year : year + 1;
  const february = `${februaryYear}02${pad(daysInMonth(februaryYear, 2))}`;
  const series: ReminderSeries[] = [{ start: month === 2 ? start : february, rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' }];
  if (others.length > 0) {
    // The first of the other months on or after the start (a February start moves on to the next one).
    const next = others.find((each) => each > month) ?? others[0]!;
    const first = month === 2 ? `${next > month ? year : year + 1}${pad(next)}${pad(day)}` : start;
    series.unshift({ start: first, rule: `FREQ=YEARLY;BYMONTH=${others.join(',')};BYMONTHDAY=${day}` });
  }
  return series;
}

export interface ReviewCalendarInput {
  /** The next review day; the event repeats from there. */
  readonly date: CalendarDate;
  /** The agreed review interval, in months. */
  readonly everyMonths: number;
  /** A random id (not the agreement's id), so nothing links the calendar entry back to the agreement. */
  readonly uid: string;
  readonly now?: Date;
}

function dayAfter(compact: string): string {
  return nextDay(`${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`);
}

/**
 * A repeating all-day reminder with a morning alarm, as one .ics file (CRLF
 * lines, folded at 75 octets). Usually one event; two for the 29th or 30th
 * (see reminderSeries), the second's UID the first's with "-2".
 */
export function reviewCalendarFile({ date, everyMonths, uid, now = new Date() }: ReviewCalendarInput): string {
  const safeUid = uid.replace(/[^A-Za-z0-9._@-]/g, '').slice(0, 200) || 'check-in';
  const title = escapeText(REVIEW_EVENT_TITLE);
  const events = reminderSeries(date, everyMonths).flatMap((series, index) => [
    'BEGIN:VEVENT',
    `UID:${index === 0 ? safeUid : `${safeUid}-${index + 1}`}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${series.start}`,
    `DTEND;VALUE=DATE:${dayAfter(series.start)}`,
    `RRULE:${series.rule}`,
    `SUMMARY:${title}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${title}`,
    `TRIGGER;RELATED=START:${ALARM_TRIGGER}`,
    'END:VALARM',
    'END:VEVENT',
  ]);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...events, 'END:VCALENDAR'];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
