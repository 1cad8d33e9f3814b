/**
 * iCalendar (RFC 5545) for the agenda: one small module, fully unit-tested and
 * checked against an independent parser (ical.js) in the tests. Times are
 * written with TZID=Europe/Amsterdam plus a matching VTIMEZONE; all-day spans
 * (also month- and year-precision events) as VALUE=DATE with an exclusive end.
 */
import { dayAfterPeriod } from './amsterdam-time';
import type { LocalDate } from './local-date';
import type { Precision } from './vocabulary';

export interface IcsEvent {
  /** Stable id (the file name): the UID never changes between builds. */
  id: string;
  title: string;
  description: string;
  url: string;
  start: LocalDate;
  end?: LocalDate | undefined;
  precision: Precision;
  location?: string | undefined;
  /** Only from an outcome a source records; left out otherwise. */
  status?: 'CONFIRMED' | 'CANCELLED' | undefined;
  /** Rises each time an editor changes date, time, place or outcome. */
  sequence: number;
}

export interface IcsCalendar {
  name: string;
  /** Host used in UIDs, e.g. "mbo030.nl". */
  host: string;
  /** DTSTAMP for every event: the moment the feed was built (UTC). */
  stamp: Date;
  events: IcsEvent[];
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545, 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545, 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replaceAll('-', '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;
const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

/** Europe/Amsterdam as observed since 1996: CET in winter, CEST from the last Sunday of March to the last Sunday of October. */
export const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** DTSTART and DTEND lines of an event. */
export function timeLines(e: Pick<IcsEvent, 'start' | 'end' | 'precision'>): string[] {
  if (e.precision === 'dag' && e.start.time) {
    const lines = [`DTSTART;TZID=Europe/Amsterdam:${compactDate(e.start.date)}T${compactTime(e.start.time)}`];
    if (e.end?.time) lines.push(`DTEND;TZID=Europe/Amsterdam:${compactDate(e.end.date)}T${compactTime(e.end.time)}`);
    return lines;
  }
  const last = e.end ?? e.start;
  return [
    `DTSTART;VALUE=DATE:${compactDate(e.start.date)}`,
    `DTEND;VALUE=DATE:${compactDate(dayAfterPeriod(last, e.precision))}`,
  ];
}

export function vevent(e: IcsEvent, host: string, stamp: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.id}@${host}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `SEQUENCE:${e.sequence}`,
    ...timeLines(e),
    `SUMMARY:${escapeText(e.title)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    `URL:${e.url}`,
    ...(e.status ? [`STATUS:${e.status}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** A whole calendar file: CRLF line ends, folded lines, one VEVENT per event (cancelled ones included). */
export function icalendar(cal: IcsCalendar): string {
  const timed = cal.events.some((e) => e.precision === 'dag' && e.start.time);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gemeente Utrecht//mbo030//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    'X-WR-TIMEZONE:Europe/Amsterdam',
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...(timed ? AMSTERDAM_VTIMEZONE : []),
    ...cal.events.flatMap((e) => vevent(e, cal.host, cal.stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
