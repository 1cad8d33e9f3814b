/**
 * The search facts of each page type (see lib/search-meta): gathered here from
 * the content, with a small thumbnail made once per image for result cards.
 */
import type { ImageMetadata } from 'astro';
import { formatDate } from '../lib/dutch-dates';
import { eventWhen } from '../lib/event-labels';
import type { LocalDate } from '../lib/local-date';
import { schoolYearsPeriod, yearsCovered, type SearchInfo } from '../lib/search-meta';
import { thumbnail } from './image-sizes';
import { siteContent, type Ambassador, type Event, type School, type Story, type TourVisit } from './site';

async function schoolNames(ids: string[]) {
  const c = await siteContent();
  return ids.map((id) => ({ naam: c.school(id).data.naam, korteNaam: c.school(id).data.korteNaam }));
}

/** The facts every entry page gives search: its kind, schools, summary and thumbnail. */
async function entryFacts(kind: SearchInfo['kind'], schoolIds: string[], summary: string, image: ImageMetadata | undefined, imageKind: 'wide' | 'portrait' = 'wide') {
  return { kind, schools: await schoolNames(schoolIds), summary, thumbnail: await thumbnail(image, imageKind) };
}

export async function storySearch(story: Story): Promise<SearchInfo> {
  const d = story.data;
  // Sorted and filtered by the day it was published here ("nieuwste eerst"), and labelled as such.
  return { ...(await entryFacts('verhaal', d.scholen, d.samenvatting, d.afbeelding.src)), sector: d.sector, start: d.datum, dateLabel: `Op mbo030 sinds ${formatDate(d.datum)}` };
}

export async function ambassadorSearch(person: Ambassador): Promise<SearchInfo> {
  const d = person.data;
  const years = d.jaren ? { ...schoolYearsPeriod(d.jaren), dateLabel: `Ambassadeur ${d.jaren.join(', ')}` } : {};
  return { ...(await entryFacts('ambassadeur', [d.school], d.samenvatting, d.portret.src, 'portrait')), ...years };
}

export async function eventSearch(event: Event): Promise<SearchInfo> {
  const d = event.data;
  return { ...(await entryFacts('evenement', d.scholen, d.samenvatting, d.afbeelding?.src)), start: d.start, end: d.eind, dateLabel: eventWhen(d) };
}

export async function visitSearch(visit: TourVisit): Promise<SearchInfo> {
  const d = visit.data;
  return { ...(await entryFacts('tourverslag', [d.school], d.samenvatting, d.fotos[0]?.src)), start: d.datum, dateLabel: formatDate(d.datum, d.precisie) };
}

export function schoolSearch(school: School): SearchInfo {
  const d = school.data;
  return { kind: 'school', schools: [{ naam: d.naam, korteNaam: d.korteNaam }], summary: d.omschrijving };
}

/** The options of the filters on /zoeken/: only values that occur in the published content. */
export async function searchFacets() {
  const c = await siteContent();
  // The same periods the pages give the year filter (see the *Search functions above).
  const periods: { start: LocalDate; end?: LocalDate | undefined }[] = [
    ...c.stories.map((s) => ({ start: s.data.datum })),
    ...c.events.map((e) => ({ start: e.data.start, end: e.data.eind })),
    ...c.visits.map((v) => ({ start: v.data.datum })),
    ...c.ambassadors.flatMap((a) => (a.data.jaren ? [schoolYearsPeriod(a.data.jaren)] : [])),
  ];
  const years = new Set(periods.flatMap((p) => yearsCovered(p.start, p.end)));
  return {
    schools: c.schools.map((s) => s.data.naam),
    sectors: [...new Set(c.stories.map((s) => s.data.sector))].sort((a, b) => a.localeCompare(b, 'nl')),
    years: [...years].sort((a, b) => b - a).map(String),
  };
}
export type SearchFacets = Awaited<ReturnType<typeof searchFacets>>;
