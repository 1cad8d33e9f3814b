/**
 * Dates in Dutch, as readers expect them: "zaterdag 19 augustus 2022",
 * "19–21 augustus 2022", "14.00–17.00 uur", "augustus 2020", "2022".
 * Names are spelled out here (not taken from ICU) so output never depends on
 * the machine that builds. Never shows more precision than a source gives.
 */
import type { LocalDate } from './local-date';

import type { Precision } from './vocabulary';

export type { Precision };

export const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
export const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

function parts(d: LocalDate) {
  const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
  return { y, m, day, weekday: new Date(Date.UTC(y, m - 1, day)).getUTCDay() };
}

/** One date at a precision: "zaterdag 19 augustus 2022" (with weekday), "19 augustus 2022", "augustus 2020", "2022". */
export function formatDate(d: LocalDate, precision: Precision = 'dag', opts: { weekday?: boolean } = {}): string {
  const { y, m, day, weekday } = parts(d);
  if (precision === 'jaar') return String(y);
  if (precision === 'maand') return `${MONTHS[m - 1]} ${y}`;
  return `${opts.weekday ? `${WEEKDAYS[weekday]} ` : ''}${day} ${MONTHS[m - 1]} ${y}`;
}

/**
 * A period: "19–21 augustus 2022", "30 september – 2 oktober 2022",
 * "30 december 2021 – 2 januari 2022", "augustus – september 2020", "2020–2022".
 * A single day gets its weekday: "zaterdag 19 augustus 2022".
 */
export function formatPeriod(start: LocalDate, end: LocalDate | undefined, precision: Precision = 'dag'): string {
  const a = parts(start);
  const b = end ? parts(end) : a;
  if (precision === 'jaar') return a.y === b.y ? String(a.y) : `${a.y}–${b.y}`;
  if (precision === 'maand') {
    if (a.y === b.y && a.m === b.m) return formatDate(start, 'maand');
    if (a.y === b.y) return `${MONTHS[a.m - 1]} – ${MONTHS[b.m - 1]} ${a.y}`;
    return `${formatDate(start, 'maand')} – ${formatDate(end!, 'maand')}`;
  }
  if (!end || start.date === end.date) return formatDate(start, 'dag', { weekday: true });
  if (a.y === b.y && a.m === b.m) return `${a.day}–${b.day} ${MONTHS[a.m - 1]} ${a.y}`;
  if (a.y === b.y) return `${a.day} ${MONTHS[a.m - 1]} – ${b.day} ${MONTHS[b.m - 1]} ${a.y}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** Dutch clock time: "14.00". */
export function formatTime(time: string): string {
  return time.replace(':', '.');
}

/** Times of an event on one day: "14.00–17.00 uur", or "vanaf 14.00 uur" without an end time. */
export function formatTimeRange(start: LocalDate, end?: LocalDate): string | undefined {
  if (!start.time) return undefined;
  if (end?.time && end.date === start.date) return `${formatTime(start.time)}–${formatTime(end.time)} uur`;
  if (end?.time)
    return `${formatTime(start.time)} uur tot ${formatDate(end, 'dag', { weekday: true })} ${formatTime(end.time)} uur`;
  return `vanaf ${formatTime(start.time)} uur`;
}

/** A machine-readable value for `<time datetime>` at the given precision. */
export function datetimeAttr(d: LocalDate, precision: Precision = 'dag'): string {
  if (precision === 'jaar') return d.date.slice(0, 4);
  if (precision === 'maand') return d.date.slice(0, 7);
  return d.time ? `${d.date}T${d.time}` : d.date;
}
