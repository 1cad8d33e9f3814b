/** Turns agenda entries into iCalendar events and schema.org Event data. */
import { amsterdamInstant, amsterdamOffsetMinutes } from './amsterdam-time';
import { calendarTitle, eventPhase, NO_OUTCOME, outcomeLine, placeLine, precisionNotes } from './event-labels';
import type { Dated, EventData } from './event-dating';
import type { IcsEvent } from './icalendar';
import type { LocalDate } from './local-date';
import type { EventOutcomeKind } from './vocabulary';

/** What a calendar entry and Event data need of an event with a date (schemas/agenda.ts). */
export interface FeedEntry {
  id: string;
  data: Dated<
    Pick<EventData, 'titel' | 'samenvatting' | 'start' | 'eind' | 'precisie' | 'uitkomst' | 'volgnummer' | 'locatie'>
  >;
}

/** The calendar STATUS a recorded outcome gives; without one, none (a plan is not a confirmation). */
const icsStatus: Record<EventOutcomeKind, IcsEvent['status']> = {
  gehouden: 'CONFIRMED',
  afgelast: 'CANCELLED',
  verplaatst: 'CONFIRMED',
};

/** One calendar event; `now` decides whether its date has passed (then, without an outcome, it says so). */
export function toIcsEvent(e: FeedEntry, url: string, now: Date): IcsEvent {
  const d = e.data;
  const outcome = d.uitkomst ? outcomeLine(d.uitkomst) : eventPhase(d, now) === 'voorbij' ? NO_OUTCOME : undefined;
  const notes = [d.samenvatting, precisionNotes[d.precisie], outcome, `Meer informatie: ${url}`].filter(Boolean);
  return {
    id: e.id,
    title: calendarTitle(d),
    description: notes.join('\n'),
    url,
    start: d.start,
    end: d.eind,
    precision: d.precisie,
    location: d.locatie ? placeLine(d.locatie) : undefined,
    status: d.uitkomst ? icsStatus[d.uitkomst.soort] : undefined,
    sequence: d.volgnummer,
  };
}

/** ISO 8601 with the Amsterdam offset of that moment: 2022-08-20T14:00:00+02:00. */
export function isoWithOffset(date: string, time: string): string {
  const minutes = amsterdamOffsetMinutes(amsterdamInstant(date, time).getTime());
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${date}T${time}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A schema.org date at the precision the source gives: 2020-08 for a month, 2021 for a year. */
function schemaDate(d: LocalDate, precision: FeedEntry['data']['precisie']): string {
  if (precision === 'jaar') return d.date.slice(0, 4);
  if (precision === 'maand') return d.date.slice(0, 7);
  return d.time ? isoWithOffset(d.date, d.time) : d.date;
}

/** schema.org's word for each outcome a source can record. */
const schemaStatus: Record<EventOutcomeKind, string> = {
  gehouden: 'EventScheduled',
  afgelast: 'EventCancelled',
  verplaatst: 'EventRescheduled',
};

/**
 * schema.org Event for rich results: only what the content states. `eventStatus`
 * only from a recorded outcome, `location` only from `locatie`, no organizer
 * (no field records one).
 */
export function eventJsonLd(e: FeedEntry, url: string, image: string): Record<string, unknown> {
  const d = e.data;
  const end = d.eind ?? (d.precisie === 'dag' && !d.start.time ? d.start : undefined);
  const moved = d.uitkomst?.soort === 'verplaatst' ? d.uitkomst.oorspronkelijk : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: d.titel,
    description: d.samenvatting,
    url,
    image: [image],
    startDate: schemaDate(d.start, d.precisie),
    ...(end ? { endDate: schemaDate(end, d.precisie) } : {}),
    ...(moved ? { previousStartDate: schemaDate(moved, 'dag') } : {}),
    ...(d.uitkomst ? { eventStatus: `https://schema.org/${schemaStatus[d.uitkomst.soort]}` } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(d.locatie
      ? {
          location: {
            '@type': 'Place',
            name: d.locatie.naam,
            address: {
              '@type': 'PostalAddress',
              ...(d.locatie.adres ? { streetAddress: d.locatie.adres } : {}),
              addressLocality: d.locatie.plaats,
              addressCountry: 'NL',
            },
          },
        }
      : {}),
  };
}
