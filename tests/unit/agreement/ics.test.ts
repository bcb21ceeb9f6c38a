import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLine, reminderSeries, REVIEW_CALENDAR_FILE_NAME, reviewCalendarFile } from '../../../lib/agreement/ics';
import { addMonths } from '../../../lib/agreement/review';
import { NAMES } from '../fixtures/agreement-fixture';
import { fixtureTemplate as template } from '../fixtures/template-fixture';

const NOW = new Date('2025-01-31T10:20:30.456Z');
const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

/** The event as a real iCalendar parser (ical.js) reads it. */
function parsed(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(file));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** The first `count` occurrences the parser expands from every event in the file, in order, as "YYYY-MM-DD". */
function occurrences(file: string, count: number): string[] {
  const calendar = new ICAL.Component(ICAL.parse(file));
  const days = calendar.getAllSubcomponents('vevent').flatMap((vevent) => {
    const iterator = new ICAL.Event(vevent).iterator();
    const each: string[] = [];
    for (let next = iterator.next(); next && each.length < count; next = iterator.next()) each.push(next.toString().slice(0, 10));
    return each;
  });
  return days.sort().slice(0, count);
}

describe('reviewCalendarFile', () => {
  const file = reviewCalendarFile({ date: '2025-07-31', everyMonths: 3, uid: 'f00dcafe1234', now: NOW });
  const lines = file.split('\r\n');

  it('is one repeating all-day VEVENT with an alarm, inside a VCALENDAR', () => {
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
      'RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1',
      'SUMMARY:Check-in',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Check-in',
      'TRIGGER;RELATED=START:PT9H',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('reads back through a real parser: uid, stamp, an all-day start, the repeat and the alarm', () => {
    const { calendar, vevent, event } = parsed(file);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Reminder//EN');
    expect(event.uid).toBe('f00dcafe1234');
    expect(event.summary).toBe('Check-in');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-07-31');
    expect(event.endDate.toString()).toBe('2025-08-01');
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2025-01-31T10:20:30Z');
    expect(event.isRecurring()).toBe(true);
    const rule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('MONTHLY');
    expect(rule.interval).toBe(3);
    const alarm = vevent.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstPropertyValue('description')).toBe('Check-in');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('PT9H');
  });

  it('repeats on the same days as the app’s own review dates, the month’s end included', () => {
    const starts = ['2025-01-31', '2025-01-30', '2024-01-29', '2025-01-29', '2024-02-29', '2025-03-30', '2025-11-30', '2025-08-31', '2025-03-15', '2025-01-28', '2025-12-31'];
    for (const start of starts) {
      for (const every of [1, 2, 3, 6, 12]) {
        const expected = Array.from({ length: 25 }, (_, index) => addMonths(start, index * every));
        expect(occurrences(reviewCalendarFile({ date: start, everyMonths: every, uid: 'u', now: NOW }), 25), `${start} every ${every}`).toEqual(expected);
      }
    }
    expect(occurrences(reviewCalendarFile({ date: '2025-01-31', everyMonths: 1, uid: 'u', now: NOW }), 4)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']);
  });

  it('uses only rules every calendar reads where it can: BYSETPOS only for a cycle that does not divide a year', () => {
    expect(reminderSeries('2025-01-10', 6)).toEqual([{ start: '20250110', rule: 'FREQ=MONTHLY;INTERVAL=6' }]);
    expect(reminderSeries('2025-01-30', 6)).toEqual([{ start: '20250130', rule: 'FREQ=MONTHLY;INTERVAL=6' }]);
    expect(reminderSeries('2025-01-30', 1)).toEqual([
      { start: '20250130', rule: 'FREQ=YEARLY;BYMONTH=1,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=30' },
      { start: '20250228', rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' },
    ]);
    expect(reminderSeries('2025-01-30', 5)).toEqual([{ start: '20250130', rule: 'FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=28,29,30;BYSETPOS=-1' }]);
    const two = reviewCalendarFile({ date: '2025-01-30', everyMonths: 1, uid: 'u1', now: NOW });
    expect(two.split('\r\n').filter((line) => line.startsWith('UID:'))).toEqual(['UID:u1', 'UID:u1-2']);
  });

  it('refuses an interval that is not a whole number of months', () => {
    expect(() => reminderSeries('2025-01-01', 0)).toThrow();
    expect(() => reminderSeries('2025-01-01', 1.5)).toThrow();
  });

  it('ends every line with CRLF and nothing else', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('gives nothing away: a neutral title, no names, no agreement words, a neutral file name', () => {
    expect(file).toContain('SUMMARY:Check-in\r\n');
    const words = [NAMES.a, NAMES.b, template.title, 'agreement', 'intimate', 'photo', 'terms', 'LOCATION', 'ATTENDEE', 'ORGANIZER', 'URL'];
    for (const word of words) expect(file.toLowerCase()).not.toContain(word.toLowerCase());
    // The only DESCRIPTION is the alarm's, which RFC 5545 requires for a DISPLAY alarm, and it is the neutral title.
    expect(lines.filter((line) => line.startsWith('DESCRIPTION'))).toEqual(['DESCRIPTION:Check-in']);
    expect(REVIEW_CALENDAR_FILE_NAME).toBe('check-in.ics');
  });

  it('cannot be used to inject lines through the uid', () => {
    const hostile = reviewCalendarFile({ date: '2025-07-31', everyMonths: 1, uid: 'x\r\nSUMMARY:Sam and Alex\r\nDESCRIPTION:secret', now: NOW });
    const names = hostile.split('\r\n').map((line) => line.split(/[:;]/)[0]);
    expect(names.filter((name) => name === 'SUMMARY')).toHaveLength(1);
    expect(hostile.split('\r\n').filter((line) => line.startsWith('DESCRIPTION'))).toEqual(['DESCRIPTION:Check-in']);
    expect(hostile).toContain('UID:xSUMMARYSamandAlexDESCRIPTIONsecret\r\n');
    expect(parsed(hostile).event.uid).toBe('xSUMMARYSamandAlexDESCRIPTIONsecret');
  });

  it('moves into the next month and year for the end date', () => {
    expect(reviewCalendarFile({ date: '2025-12-31', everyMonths: 1, uid: 'u', now: NOW })).toContain('DTEND;VALUE=DATE:20260101\r\n');
    expect(reviewCalendarFile({ date: '2024-02-28', everyMonths: 1, uid: 'u', now: NOW })).toContain('DTEND;VALUE=DATE:20240229\r\n');
  });

  it('refuses a day that does not exist', () => {
    expect(() => reviewCalendarFile({ date: '2025-02-30', everyMonths: 1, uid: 'u', now: NOW })).toThrow();
    expect(() => reviewCalendarFile({ date: 'tomorrow', everyMonths: 1, uid: 'u', now: NOW })).toThrow();
  });

  it('folds long lines at 75 octets without splitting a character, and the parser unfolds them', () => {
    const long = reviewCalendarFile({ date: '2025-07-31', everyMonths: 1, uid: 'a'.repeat(180), now: NOW });
    for (const line of long.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(long)).toContain(`UID:${'a'.repeat(180)}\r\n`);
    expect(parsed(long).event.uid).toBe('a'.repeat(180));

    const text = `SUMMARY:${'é✓'.repeat(40)}`;
    const folded = foldLine(text);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(text);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
