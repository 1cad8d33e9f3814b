/** When an event starts and ends as instants, and whether it is still to come. */
import { amsterdamInstant, dayAfterPeriod } from './amsterdam-time';
import type { Dated, EventDating } from './event-dating';

/** The dating of an event with at least a year (schemas/agenda.ts). */
export type EventTiming = Dated<EventDating>;

/** The instant an event begins: its start time, or the start of its first day. */
export function eventStartInstant(e: EventTiming): Date {
  return amsterdamInstant(e.start.date, e.start.time);
}

/**
 * The instant an event is over. With an end time, that time; otherwise the
 * end of the last day, month or year the source names. An event with a start
 * time and no end counts as running until the end of that day.
 */
export function eventEndInstant(e: EventTiming): Date {
  const last = e.eind ?? e.start;
  if (e.eind?.time) return amsterdamInstant(e.eind.date, e.eind.time);
  return amsterdamInstant(dayAfterPeriod(last, e.precisie));
}

/** True while an event has not ended yet at `now`. */
export function isUpcoming(e: EventTiming, now: Date): boolean {
  return eventEndInstant(e).getTime() > now.getTime();
}
