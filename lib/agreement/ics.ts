import type { CalendarDate } from './review';

/**
 * An opt-in calendar reminder (RFC 5545). It must not give anything away on a
 * shared or synced calendar: a neutral title, no names, no agreement content.
 */

export const REVIEW_EVENT_TITLE = 'Check-in';
/** A neutral file name for the download. */
export const REVIEW_CALENDAR_FILE_NAME = 'check-in.ics';

const PRODUCT_ID = '-//Reminder//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;
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

/**
 * A one-day event on `date`. `uid` should be a random id (not the agreement's
 * id) so that nothing links the calendar entry back to the agreement.
 */
export function reviewCalendarFile(date: CalendarDate, uid: string, now: Date = new Date()): string {
  const safeUid = uid.replace(/[^A-Za-z0-9._@-]/g, '').slice(0, 200) || 'check-in';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${safeUid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${compactDate(date)}`,
    `DTEND;VALUE=DATE:${nextDay(date)}`,
    `SUMMARY:${escapeText(REVIEW_EVENT_TITLE)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
