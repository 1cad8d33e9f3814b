/**
 * When an event is, as one set of rules: its shape comes from the schema
 * (schemas/agenda.ts, type only), and whether it has a date and a calendar file
 * is decided here, for the build (data/site.ts, data/event-page.ts), the pages'
 * words (event-labels.ts) and the content checker (checker/check.ts) alike.
 */
import type { z } from 'astro/zod';
import type { eventSchema } from '../schemas/agenda';
import { impliedPrecision, parseLocalDate, type LocalDate } from './local-date';
import { precisions, UNKNOWN_PRECISION, type EventPrecision, type Precision } from './vocabulary';

/** An event as the schema gives it to the build: defaults filled in, `precisie` settled. */
export type EventData = z.output<ReturnType<typeof eventSchema>>;

/** The fields that say when an event is. */
export type EventDating = Pick<EventData, 'start' | 'eind' | 'precisie'>;

/** An event whose source gives at least a year: `start` is there and `precisie` is a real precision. */
export type Dated<T extends Pick<EventDating, 'start' | 'precisie'>> = Omit<T, 'start' | 'precisie'> & {
  start: LocalDate;
  precisie: Precision;
};

/** The precision of an event: as stated, else what its start implies, and `onbekend` without a start. */
export function eventPrecision(start: LocalDate | undefined, stated: Precision | undefined): EventPrecision {
  return start ? (stated ?? impliedPrecision(start)) : UNKNOWN_PRECISION;
}

/** True when the source gives the event a date (at least a year). */
export function hasDate<T extends Pick<EventDating, 'start' | 'precisie'>>(e: T): e is T & Dated<T> {
  return e.start !== undefined && e.precisie !== UNKNOWN_PRECISION;
}

/** True when the source gives the day: only such an event is in a calendar file (`.ics`) and gets Event data. */
export function hasCalendarFile(e: Pick<EventDating, 'start' | 'precisie'>): boolean {
  return hasDate(e) && e.precisie === 'dag';
}

/**
 * `start` and `precisie` read from an event's raw front matter the way the schema
 * reads them, for the checker, which has no schema output for files it did not
 * validate yet. A value the schema would reject counts as absent.
 */
export function frontMatterDating(data: unknown): Pick<EventDating, 'start' | 'precisie'> {
  const fields = data && typeof data === 'object' ? (data as { start?: unknown; precisie?: unknown }) : {};
  const parsed = fields.start === undefined || fields.start === null ? undefined : parseLocalDate(fields.start);
  const start = parsed && !('error' in parsed) ? parsed : undefined;
  const stated = precisions.find((p) => p === fields.precisie);
  return { start, precisie: eventPrecision(start, stated) };
}
