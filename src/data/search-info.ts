/**
 * The search facts of each page (see lib/search-meta): what its content type
 * gives search (src/content-types/, `search`), with the schools' names and a
 * small thumbnail made once per image for result cards.
 */
import { collectionNames, contentTypes, type CollectionName, type EntryData, type SearchFacts } from '../content-types';
import type { LocalDate } from '../lib/local-date';
import { yearsCovered, type SearchInfo } from '../lib/search-meta';
import { thumbnail } from './image-sizes';
import { siteContent } from './site';

function factsOf<N extends CollectionName>(
  name: N,
  entry: { id: string; data: EntryData<N> },
): SearchFacts | undefined {
  return contentTypes[name].search?.(entry.data, entry.id);
}

/** What the page of one entry tells search. */
export async function searchInfo<N extends CollectionName>(
  name: N,
  entry: { id: string; data: EntryData<N> },
): Promise<SearchInfo> {
  const facts = factsOf(name, entry);
  if (!facts) throw new Error(`Content type ${name} has no search facts (src/content-types/${name}.ts).`);
  const c = await siteContent();
  const { schools, image, ...rest } = facts;
  return {
    ...rest,
    schools: schools.map((id) => ({ naam: c.school(id).data.naam, korteNaam: c.school(id).data.korteNaam })),
    thumbnail: image ? await thumbnail(image.src, image.kind) : undefined,
  };
}

/** The options of the filters on /zoeken/: only values that occur in the published content. */
export async function searchFacets() {
  const c = await siteContent();
  // The same facts the pages give search: their periods fill the year filter, their sectors the sector filter.
  const facts = collectionNames.flatMap((name) =>
    (c.published[name] ?? []).flatMap((e: { id: string; data: EntryData<typeof name> }) => factsOf(name, e) ?? []),
  );
  const periods: { start: LocalDate; end?: LocalDate | undefined }[] = facts.flatMap((f) =>
    f.start ? [{ start: f.start, end: f.end }] : [],
  );
  const years = new Set(periods.flatMap((p) => yearsCovered(p.start, p.end)));
  return {
    schools: c.schools.map((s) => s.data.naam),
    sectors: [...new Set(facts.flatMap((f) => (f.sector ? [f.sector] : [])))].sort((a, b) => a.localeCompare(b, 'nl')),
    years: [...years].sort((a, b) => b - a).map(String),
  };
}
export type SearchFacets = Awaited<ReturnType<typeof searchFacets>>;
