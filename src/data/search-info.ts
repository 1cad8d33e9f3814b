/**
 * The search facts of each page type (see lib/search-meta): gathered here from
 * the content, with a small thumbnail made once per image for result cards.
 */
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

export async function storySearch(story: Story): Promise<SearchInfo> {
  const d = story.data;
  return {
    kind: 'verhaal',
    schools: await schoolNames(d.scholen),
    sector: d.sector,
    // Sorted and filtered by the day it was published here ("nieuwste eerst"), and labelled as such.
    start: d.datum,
    dateLabel: `Op mbo030 sinds ${formatDate(d.datum)}`,
    summary: d.samenvatting,
    thumbnail: await thumbnail(d.afbeelding.src),
  };
}

export async function ambassadorSearch(person: Ambassador): Promise<SearchInfo> {
  const d = person.data;
  return {
    kind: 'ambassadeur',
    schools: await schoolNames([d.school]),
    ...(d.jaren ? { ...schoolYearsPeriod(d.jaren), dateLabel: `Ambassadeur ${d.jaren.join(', ')}` } : {}),
    summary: d.samenvatting,
    thumbnail: await thumbnail(d.portret.src, 'portrait'),
  };
}

export async function eventSearch(event: Event): Promise<SearchInfo> {
  const d = event.data;
  return {
    kind: 'evenement',
    schools: await schoolNames(d.scholen),
    start: d.start,
    end: d.eind,
    dateLabel: eventWhen(d),
    summary: d.samenvatting,
    thumbnail: await thumbnail(d.afbeelding?.src),
  };
}

export async function visitSearch(visit: TourVisit): Promise<SearchInfo> {
  const d = visit.data;
  return {
    kind: 'tourverslag',
    schools: await schoolNames([d.school]),
    start: d.datum,
    dateLabel: formatDate(d.datum, d.precisie),
    summary: d.samenvatting,
    thumbnail: await thumbnail(d.fotos[0]?.src),
  };
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
