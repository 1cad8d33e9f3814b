/**
 * The search facts of each page (see lib/search-meta): what its content type
 * gives search (src/content-types/, `search`), with the schools' names and a
 * small thumbnail made once per image for result cards.
 */
import { collectionNames, contentTypes, type CollectionName, type EntryData, type SearchFacts } from '../content-types';
import type { LocalDate } from '../lib/local-date';
import { plainPageKind, yearsCovered, type SearchInfo, type SearchKind } from '../lib/search-meta';
import { thumbnail } from './image-sizes';
import { siteContent } from './site';

function factsOf<N extends CollectionName>(
  name: N,
  entry: { id: string; data: EntryData<N> },
): SearchFacts | undefined {
  return contentTypes[name].search?.facts(entry.data, entry.id);
}

/** The kind a content type's pages are filtered under (a developer error when the type has no search facts). */
export function searchKindOf(name: CollectionName): SearchKind {
  const kind = contentTypes[name].search?.kind;
  if (!kind) throw new Error(`Content type ${name} has no search facts (src/content-types/${name}.ts).`);
  return kind;
}

/** The kinds a reader can filter on, by label: each content type's, and plain pages. */
export const searchKinds: readonly SearchKind[] = [
  ...collectionNames.flatMap((name) => contentTypes[name].search?.kind ?? []),
  plainPageKind,
].sort((a, b) => a.label.localeCompare(b.label, 'nl'));

/** What the page of one entry tells search. */
export async function searchInfo<N extends CollectionName>(
  name: N,
  entry: { id: string; data: EntryData<N> },
): Promise<SearchInfo> {
  const kind = searchKindOf(name);
  const facts = factsOf(name, entry);
  if (!facts) throw new Error(`Content type ${name} has no search facts (src/content-types/${name}.ts).`);
  const c = await siteContent();
  const { schools, image, ...rest } = facts;
  return {
    kind,
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
    c.published[name].flatMap((e: { id: string; data: EntryData<typeof name> }) => factsOf(name, e) ?? []),
  );
  const periods: { start: LocalDate; end?: LocalDate | undefined }[] = facts.flatMap((f) =>
    f.start ? [{ start: f.start, end: f.end }] : [],
  );
  const years = new Set(periods.flatMap((p) => yearsCovered(p.start, p.end)));
  return {
    kinds: searchKinds,
    schools: c.schools.map((s) => s.data.naam),
    sectors: [...new Set(facts.flatMap((f) => (f.sector ? [f.sector] : [])))].sort((a, b) => a.localeCompare(b, 'nl')),
    years: [...years].sort((a, b) => b - a).map(String),
  };
}
export type SearchFacets = Awaited<ReturnType<typeof searchFacets>>;
