import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icalendar, timeLines, type IcsEvent } from './icalendar';
import { parseLocalDate, type LocalDate } from './local-date';

const d = (v: string | number) => parseLocalDate(v) as LocalDate;
const base: IcsEvent = {
  id: 'x',
  title: 'T',
  description: 'D',
  url: 'https://mbo030.nl/agenda/x/',
  start: d('2022-08-20'),
  precision: 'dag',
  sequence: 0,
};
const stamp = new Date('2022-06-15T10:00:00Z');

/** Parses a feed with ical.js (an independent implementation) and returns its events. */
function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return { comp, events: comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('text and lines', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
  it('folds at 75 octets without splitting an accented letter', () => {
    const line = `SUMMARY:${'Creëren en één café '.repeat(8)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((p, i) => (i === 0 ? p : p.slice(1)))
        .join(''),
    ).toBe(line);
    expect(foldLine('kort')).toBe('kort');
  });
});

describe('times', () => {
  it('writes timed events in Europe/Amsterdam and all-day spans with an exclusive end', () => {
    expect(timeLines({ start: d('2022-08-20T14:00'), end: d('2022-08-20T17:00'), precision: 'dag' })).toEqual([
      'DTSTART;TZID=Europe/Amsterdam:20220820T140000',
      'DTEND;TZID=Europe/Amsterdam:20220820T170000',
    ]);
    expect(timeLines({ start: d('2022-09-30'), end: d('2022-10-02'), precision: 'dag' })).toEqual([
      'DTSTART;VALUE=DATE:20220930',
      'DTEND;VALUE=DATE:20221003',
    ]);
    expect(timeLines({ start: d('2020-08'), precision: 'maand' })).toEqual([
      'DTSTART;VALUE=DATE:20200801',
      'DTEND;VALUE=DATE:20200901',
    ]);
    expect(timeLines({ start: d(2020), end: d(2022), precision: 'jaar' })).toEqual([
      'DTSTART;VALUE=DATE:20200101',
      'DTEND;VALUE=DATE:20230101',
    ]);
  });

  it('puts events on the nights the clocks change at the right UTC moment (checked by ical.js)', () => {
    const ics = icalendar({
      name: 'Test',
      host: 'mbo030.nl',
      stamp,
      events: [
        { ...base, id: 'voorjaar', start: d('2022-03-27T01:30'), end: d('2022-03-27T04:00') },
        { ...base, id: 'najaar', start: d('2022-10-30T01:30'), end: d('2022-10-30T03:30') },
        { ...base, id: 'zomer', start: d('2022-08-20T14:00'), end: d('2022-08-20T17:00') },
      ],
    });
    const { events } = parse(ics);
    const utc = (t: ICAL.Time) => t.toJSDate().toISOString();
    expect(events.map((e) => [e.uid, utc(e.startDate), utc(e.endDate)])).toEqual([
      ['voorjaar@mbo030.nl', '2022-03-27T00:30:00.000Z', '2022-03-27T02:00:00.000Z'],
      ['najaar@mbo030.nl', '2022-10-29T23:30:00.000Z', '2022-10-30T02:30:00.000Z'],
      ['zomer@mbo030.nl', '2022-08-20T12:00:00.000Z', '2022-08-20T15:00:00.000Z'],
    ]);
  });
});

describe('a calendar file', () => {
  const ics = icalendar({
    name: 'mbo030: agenda',
    host: 'mbo030.nl',
    stamp,
    events: [
      {
        ...base,
        id: 'lang',
        title: 'Creëren, bouwen; en één heel lange Nederlandse titel over het Utrechtse mbo-vakmanschap',
        description: 'Regel 1\nRegel 2',
        location: 'Domplein, Utrecht',
      },
      { ...base, id: 'afgelast', status: 'CANCELLED', sequence: 2 },
      { ...base, id: 'maand', start: d('2020-08'), precision: 'maand' },
    ],
  });

  it('uses CRLF, names the calendar and hints how often to refresh', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(ics).toContain('X-WR-CALNAME:mbo030: agenda\r\n');
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
    expect(ics).toContain('X-PUBLISHED-TTL:PT12H\r\n');
    expect(ics).not.toContain('BEGIN:VTIMEZONE'); // no timed events, no time zone needed
  });

  it('round-trips through ical.js: text, status, sequence and all-day spans', () => {
    const { comp, events } = parse(ics);
    expect(comp.getFirstPropertyValue('x-wr-calname')).toBe('mbo030: agenda');
    const [lang, afgelast, maand] = events;
    expect(lang!.summary).toBe(
      'Creëren, bouwen; en één heel lange Nederlandse titel over het Utrechtse mbo-vakmanschap',
    );
    expect(lang!.description).toBe('Regel 1\nRegel 2');
    expect(lang!.location).toBe('Domplein, Utrecht');
    expect(afgelast!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(afgelast!.sequence).toBe(2);
    // No STATUS without a recorded outcome: a plan is not a confirmation.
    expect(lang!.component.getFirstPropertyValue('status')).toBeNull();
    expect(maand!.startDate.isDate).toBe(true);
    expect(maand!.startDate.toString()).toBe('2020-08-01');
    expect(maand!.endDate.toString()).toBe('2020-09-01');
    expect(lang!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2022-06-15T10:00:00Z');
  });
});
