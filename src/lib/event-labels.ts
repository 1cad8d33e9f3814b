/** Reader-facing labels for events: their date line and status. */
import { formatDate, formatPeriod, formatTimeRange } from './dutch-dates';
import type { LocalDate } from './local-date';
import type { EventPrecision, EventStatus, Precision } from './vocabulary';

export interface EventLike {
  start?: LocalDate | undefined;
  eind?: LocalDate | undefined;
  precisie: EventPrecision;
  status: EventStatus;
}

/** "zaterdag 19 augustus 2022, 14.00–17.00 uur", "augustus 2020", "in 2021", or "Datum niet bekend". */
export function eventWhen(e: EventLike): string {
  if (!e.start || e.precisie === 'onbekend') return 'Datum niet bekend';
  if (e.precisie === 'jaar') return `In ${e.start.date.slice(0, 4)}`;
  const period = formatPeriod(e.start, e.eind, e.precisie);
  const times = e.precisie === 'dag' ? formatTimeRange(e.start, e.eind) : undefined;
  return times ? `${period}, ${times}` : period;
}

/** A visible status only when it is not the normal case. */
export function statusLabel(status: EventLike['status']): string | undefined {
  return status === 'geannuleerd' ? 'Geannuleerd' : status === 'verplaatst' ? 'Verplaatst' : undefined;
}

/** Heading under which an event is grouped in the calendar: its month, or its year when the source gives no month. */
export function monthGroup(e: { start: LocalDate; precisie: Precision }): string {
  return formatDate(e.start, e.precisie === 'jaar' ? 'jaar' : 'maand');
}

/** A plain link to search a place on OpenStreetMap (no embedded map, nothing loads until clicked). */
export function mapLink(place: { naam: string; adres?: string | undefined; plaats: string }): string {
  const query = [place.naam, place.adres, place.plaats].filter(Boolean).join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** Reader-facing names of event categories (the filter on /agenda/). */
export const categoryLabels = {
  stad: 'Stad en feest',
  sport: 'Sport',
  cultuur: 'Cultuur',
  techniek: 'Techniek',
  gemeente: 'Gemeente',
  onderwijs: 'Onderwijs',
} as const;
