/**
 * Every sentence the site itself says about events, in one place: their date
 * line, where an event stands (coming up, date unknown, date passed), what a
 * source says became of it, and the agenda's headings and intros. The rule: a
 * past date is not an outcome. Only an `uitkomst` with its own source says an
 * event was held, called off or moved; without one a passed date is only that.
 */
import { formatDate, formatPeriod, formatTimeRange } from './dutch-dates';
import { hasDate, type EventData } from './event-dating';
import { isUpcoming } from './event-time';
import type { LocalDate } from './local-date';
import type { EventCategory, EventOutcomeKind, EventPrecision, Precision } from './vocabulary';

/** What a source says became of an event (schemas/agenda.ts `uitkomst`). */
export type EventOutcome = NonNullable<EventData['uitkomst']>;

/** What the sentences below need of an event (schemas/agenda.ts). */
export type EventLike = Pick<EventData, 'start' | 'eind' | 'precisie' | 'uitkomst'>;

/** "zaterdag 19 augustus 2022, 14.00–17.00 uur", "augustus 2020", "in 2021", or "Datum niet bekend". */
export function eventWhen(e: EventLike): string {
  if (!hasDate(e)) return 'Datum niet bekend';
  if (e.precisie === 'jaar') return `In ${e.start.date.slice(0, 4)}`;
  const period = formatPeriod(e.start, e.eind, e.precisie);
  const times = e.precisie === 'dag' ? formatTimeRange(e.start, e.eind) : undefined;
  return times ? `${period}, ${times}` : period;
}

/** Where an event stands in time. Says nothing about whether it took place. */
export type EventPhase = 'binnenkort' | 'onbekend' | 'voorbij';

export function eventPhase(e: EventLike, now: Date): EventPhase {
  if (!hasDate(e)) return 'onbekend';
  return isUpcoming(e, now) ? 'binnenkort' : 'voorbij';
}

/** The name of each phase: the agenda's section headings and the event page's eyebrow. */
export const phaseLabels: Record<EventPhase, string> = {
  binnenkort: 'Binnenkort',
  onbekend: 'Datum niet bekend',
  voorbij: 'Datum voorbij',
};

/** The word for each outcome a source can record. */
export const outcomeLabels = {
  gehouden: 'Gehouden',
  afgelast: 'Afgelast',
  verplaatst: 'Verplaatst',
} as const satisfies Record<EventOutcomeKind, string>;

/** What a page or calendar entry adds when the source dates an event less exactly than a day. */
export const precisionNotes = {
  dag: undefined,
  maand: 'De bron noemt alleen de maand, geen dag.',
  jaar: 'De bron noemt alleen het jaar, geen datum.',
  onbekend: 'De bron noemt geen datum. We zetten hier geen datum die we niet zeker weten.',
} as const satisfies Record<EventPrecision, string | undefined>;

/** Said of an event whose date has passed and whose source does not say what happened. */
export const NO_OUTCOME = 'De datum is voorbij. De bron zegt niet wat er gebeurde.';

/**
 * What a card and an event page say about how an event stands: the outcome's
 * word when a source records one, the passed-date sentence when the date is over
 * and none does, and nothing for an event still to come or without a date.
 */
export function eventState(e: EventLike, phase: EventPhase): { tag?: string; note?: string } {
  if (e.uitkomst) return { tag: outcomeLabels[e.uitkomst.soort] };
  return phase === 'voorbij' ? { note: NO_OUTCOME } : {};
}

/** The title of an event in a calendar app: only a recorded cancellation changes it. */
export function calendarTitle(e: { titel: string; uitkomst?: EventOutcome | undefined }): string {
  return e.uitkomst?.soort === 'afgelast' ? `${outcomeLabels.afgelast}: ${e.titel}` : e.titel;
}

/** The outcome as one line of plain text (calendar descriptions): "Gehouden: … (Bron: …)". */
export function outcomeLine(o: EventOutcome): string {
  return `${outcomeLabels[o.soort]}: ${o.tekst} (Bron: ${o.bron})`;
}

/** "Eerst gepland op" before the old date of a moved event. */
export const MOVED_FROM = 'Eerst gepland op';

/** The agenda's sections and what they say, on /agenda/, its filtered views and the school pages. */
export const agendaText = {
  description:
    'Evenementen die de bronnen noemen, met wat het plan over mbo-studenten daar zegt: wat binnenkort is, wat nog geen datum heeft en wat een datum heeft die voorbij is.',
  lead: 'Volgens het plan voor 2020-2022 wil de gemeente dat mbo-studenten bijdragen aan grote evenementen in de stad. Hier staan de evenementen die de bronnen noemen, elk met zijn bron. Wat er gebeurde, staat er alleen bij als een bron het zegt.',
  schoolLead: (school: string) => `Evenementen waarbij de bron ${school} noemt.`,
  categoryLead: (label: string) => `Evenementen in de categorie ${label.toLowerCase()} die de bronnen noemen.`,
  upcomingEmpty: 'Op dit moment staan hier geen evenementen met een datum die nog komt. Kijk binnenkort nog eens.',
  undatedIntro:
    'De bron noemt deze evenementen, maar geeft geen datum. We zetten er geen datum bij die we niet zeker weten.',
  pastIntro: 'De datum van deze evenementen is voorbij. Of ze doorgingen, staat er alleen bij als een bron dat zegt.',
  justPassed: 'Datum net voorbij',
  pastEmpty: 'Er zijn nog geen evenementen met een datum die voorbij is.',
  pastPerYear: (count: number, shown: number) =>
    count > shown ? `Alle ${count} evenementen met een datum die voorbij is, per jaar:` : 'Per jaar:',
  schoolPastAll: (count: number, school: string) =>
    `Alle ${count} evenementen van ${school} met een datum die voorbij is`,
  schoolNone: (school: string) => `Nog geen evenementen met ${school} in de agenda.`,
  archiveTitle: (year: string) => `Datum voorbij: ${year}`,
  archiveDescription: (year: string) =>
    `Evenementen uit ${year} die de bronnen noemen. Wat er gebeurde, staat er alleen bij als een bron het zegt.`,
  archiveLead: (count: number, year: string) =>
    `${count} ${count === 1 ? 'evenement' : 'evenementen'} uit ${year} die de bronnen noemen. De datum is voorbij; wat er gebeurde, staat er alleen bij als een bron het zegt.`,
} as const;

/** Heading under which an event is grouped in the calendar: its month, or its year when the source gives no month. */
export function monthGroup(e: { start: LocalDate; precisie: Precision }): string {
  return formatDate(e.start, e.precisie === 'jaar' ? 'jaar' : 'maand');
}

/** A place (an event's `locatie`, a school's `locaties`) on one line: "Testplein, Pleinweg 2, Utrecht". */
export function placeLine(place: { naam: string; adres?: string | undefined; plaats: string }): string {
  return [place.naam, place.adres, place.plaats].filter(Boolean).join(', ');
}

/** A plain link to search a place on OpenStreetMap (no embedded map, nothing loads until clicked). */
export function mapLink(place: { naam: string; adres?: string | undefined; plaats: string }): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(placeLine(place))}`;
}

/** Reader-facing names of event categories (the filter on /agenda/). */
export const categoryLabels = {
  stad: 'Stad en feest',
  sport: 'Sport',
  cultuur: 'Cultuur',
  techniek: 'Techniek',
  gemeente: 'Gemeente',
  onderwijs: 'Onderwijs',
} as const satisfies Record<EventCategory, string>;
