/**
 * Turning Utrecht wall-clock dates into instants, whatever TZ the build runs in.
 * Uses the ICU time zone data that ships with Node, so summer and winter time
 * (and the nights the clocks change) follow the official rules.
 */
import type { LocalDate } from './local-date';
import type { Precision } from './vocabulary';

export const TIME_ZONE = 'Europe/Amsterdam';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Offset of Amsterdam from UTC at a given instant, in minutes (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: number): number {
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/**
 * The instant of a wall-clock time in Amsterdam. A time that does not exist
 * (the hour skipped in March) moves forward; an ambiguous one (October) takes
 * the first, summer-time occurrence.
 */
export function amsterdamInstant(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, mi);
  // The offset two hours before the wall time (read as UTC) is the one in force
  // at the real instant, except inside the skipped hour, which then moves forward.
  return new Date(wall - amsterdamOffsetMinutes(wall - 120 * 60000) * 60000);
}

/** First calendar day after the period a local date stands for (a day, month or year). */
export function dayAfterPeriod(d: LocalDate, precision: Precision): string {
  const [y, m, day] = d.date.split('-').map(Number) as [number, number, number];
  const next =
    precision === 'jaar'
      ? new Date(Date.UTC(y + 1, 0, 1))
      : precision === 'maand'
        ? new Date(Date.UTC(y, m, 1))
        : new Date(Date.UTC(y, m - 1, day + 1));
  return next.toISOString().slice(0, 10);
}
