import { describe, expect, it } from 'vitest';
import { foldLine, REVIEW_CALENDAR_FILE_NAME, reviewCalendarFile } from '../../lib/agreement/ics';
import { NAMES } from './fixtures/agreement-fixture';
import { fixtureTemplate as template } from './fixtures/template-fixture';

const NOW = new Date('2025-01-31T10:20:30.456Z');
const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('reviewCalendarFile', () => {
  const file = reviewCalendarFile('2025-07-31', 'f00dcafe1234', NOW);
  const lines = file.split('\r\n');

  it('is one all-day VEVENT inside a VCALENDAR', () => {
    expect(lines).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Reminder//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:f00dcafe1234',
      'DTSTAMP:20250131T102030Z',
      'DTSTART;VALUE=DATE:20250731',
      'DTEND;VALUE=DATE:20250801',
      'SUMMARY:Check-in',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('ends every line with CRLF and nothing else', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives nothing away: a neutral title, no names, no agreement words, a neutral file name', () => {
    expect(file).toContain('SUMMARY:Check-in\r\n');
    const words = [NAMES.a, NAMES.b, template.title, 'agreement', 'intimate', 'photo', 'terms', 'DESCRIPTION', 'LOCATION', 'ATTENDEE', 'ORGANIZER'];
    for (const word of words) expect(file.toLowerCase()).not.toContain(word.toLowerCase());
    expect(REVIEW_CALENDAR_FILE_NAME).toBe('check-in.ics');
  });

  it('cannot be used to inject lines through the uid', () => {
    const hostile = reviewCalendarFile('2025-07-31', 'x\r\nSUMMARY:Sam and Alex\r\nDESCRIPTION:secret', NOW);
    const names = hostile.split('\r\n').map((line) => line.split(/[:;]/)[0]);
    expect(names.filter((name) => name === 'SUMMARY')).toHaveLength(1);
    expect(names).not.toContain('DESCRIPTION');
    expect(hostile).toContain('UID:xSUMMARYSamandAlexDESCRIPTIONsecret\r\n');
  });

  it('moves into the next month and year for the end date', () => {
    expect(reviewCalendarFile('2025-12-31', 'u', NOW)).toContain('DTEND;VALUE=DATE:20260101\r\n');
    expect(reviewCalendarFile('2024-02-28', 'u', NOW)).toContain('DTEND;VALUE=DATE:20240229\r\n');
  });

  it('refuses a day that does not exist', () => {
    expect(() => reviewCalendarFile('2025-02-30', 'u', NOW)).toThrow();
    expect(() => reviewCalendarFile('tomorrow', 'u', NOW)).toThrow();
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = reviewCalendarFile('2025-07-31', 'a'.repeat(180), NOW);
    for (const line of long.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(long)).toContain(`UID:${'a'.repeat(180)}\r\n`);

    const text = `SUMMARY:${'é✓'.repeat(40)}`;
    const folded = foldLine(text);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(text);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
