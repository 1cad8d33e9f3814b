/**
 * The search facts of each page type (see lib/search-meta): gathered here from
 * the content, with a small thumbnail made once per image for result cards.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { formatDate } from '../lib/dutch-dates';
import { eventWhen } from '../lib/event-labels';
import type { SearchInfo } from '../lib/search-meta';
import { siteContent, type Ambassador, type Event, type School, type Story, type TourVisit } from './site';

/** Edge of the square thumbnail in CSS pixels; the file is twice that for sharp screens. */
export const THUMBNAIL_SIZE = 64;

async function thumbnail(src: ImageMetadata | undefined): Promise<string | undefined> {
  if (!src) return undefined;
  const img = await getImage({ src, width: THUMBNAIL_SIZE * 2, height: THUMBNAIL_SIZE * 2, fit: 'cover', format: 'webp', quality: 70 });
  return img.src;
}

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
    start: d.datum,
    dateLabel: formatDate(d.datum),
    summary: d.samenvatting,
    thumbnail: await thumbnail(d.afbeelding.src),
  };
}

export async function ambassadorSearch(person: Ambassador): Promise<SearchInfo> {
  const d = person.data;
  const first = d.jaren[0]!;
  const last = d.jaren[d.jaren.length - 1]!;
  return {
    kind: 'ambassadeur',
    schools: await schoolNames([d.school]),
    // A school year starts in September: the sort key and year filter follow it.
    start: { date: `${first.slice(0, 4)}-09-01`, granularity: 'maand' },
    end: { date: `${last.slice(5)}-07-31`, granularity: 'maand' },
    dateLabel: `Ambassadeur ${d.jaren.join(', ')}`,
    summary: d.samenvatting,
    thumbnail: await thumbnail(d.portret.src),
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
  const years = new Set<number>();
  const add = (from: string, to = from) => {
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.add(y);
  };
  for (const s of c.stories) add(s.data.datum.date);
  for (const e of c.events) add(e.data.start.date, e.data.eind?.date);
  for (const v of c.visits) add(v.data.datum.date);
  for (const a of c.ambassadors) add(a.data.jaren[0]!, a.data.jaren[a.data.jaren.length - 1]!.slice(5));
  return {
    schools: c.schools.map((s) => s.data.naam),
    sectors: [...new Set(c.stories.map((s) => s.data.sector))].sort((a, b) => a.localeCompare(b, 'nl')),
    years: [...years].sort((a, b) => b - a).map(String),
  };
}
