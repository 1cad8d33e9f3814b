/**
 * What each page tells the search index (Pagefind) about itself: the filters
 * (soort, school, sector, jaar), the sort key and the data for a result card.
 * Pure: the layouts gather the facts, this module decides how they are indexed.
 */
import type { LocalDate } from './local-date';

/** A kind of page a reader can filter on: the `soort` filter's value and the label readers see. */
export interface SearchKind {
  value: string;
  label: string;
}

/** Pages of no content type with search facts of its own (the trademark pages, the editors' pages). */
export const plainPageKind: SearchKind = { value: 'pagina', label: 'Pagina' };

export interface SchoolName {
  naam: string;
  korteNaam: string;
}

/** Everything a page contributes to the index besides its text. */
export interface SearchInfo {
  kind: SearchKind;
  /** Schools involved; the `school` filter holds their full names. */
  schools: SchoolName[];
  sector?: string | undefined;
  /** First and (optional) last date; gives the `jaar` filter and the sort key. */
  start?: LocalDate | undefined;
  end?: LocalDate | undefined;
  /** The date as the page shows it, e.g. "augustus 2020". */
  dateLabel?: string | undefined;
  summary: string;
  /** URL of a small thumbnail for the result card. */
  thumbnail?: string | undefined;
}

/** One attribute set for a hidden element that Pagefind reads. */
export interface IndexAttribute {
  attr: 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';
  key: string;
  value: string;
}

/** Every calendar year a page covers, from start to end: an event in 2020–2022 is found under each year. */
export function yearsCovered(start: LocalDate, end?: LocalDate): number[] {
  const first = Number(start.date.slice(0, 4));
  const last = end ? Number(end.date.slice(0, 4)) : first;
  const years: number[] = [];
  for (let y = first; y <= Math.max(first, last); y++) years.push(y);
  return years;
}

/**
 * The period of school years such as ["2019-2020", "2020-2021"]: September of the
 * first to July of the last, so an ambassador is found under every year served.
 */
export function schoolYearsPeriod(jaren: readonly string[]): { start: LocalDate; end: LocalDate } {
  const first = jaren[0] ?? '';
  const last = jaren[jaren.length - 1] ?? first;
  return {
    start: { date: `${first.slice(0, 4)}-09-01`, granularity: 'maand' },
    end: { date: `${last.slice(5)}-07-31`, granularity: 'maand' },
  };
}

/** Words a reader may type that the page text does not contain: the schools' short names ("GLU", "ROC MN"). */
export function searchKeywords(info: SearchInfo): string[] {
  const words = new Set<string>();
  for (const s of info.schools) if (s.korteNaam !== s.naam) words.add(s.korteNaam);
  return [...words];
}

/** The filters, metadata and sort key of a page, in the order they are written. */
export function indexAttributes(info: SearchInfo): IndexAttribute[] {
  const out: IndexAttribute[] = [{ attr: 'data-pagefind-filter', key: 'soort', value: info.kind.value }];
  for (const s of info.schools) out.push({ attr: 'data-pagefind-filter', key: 'school', value: s.naam });
  if (info.sector) out.push({ attr: 'data-pagefind-filter', key: 'sector', value: info.sector });
  if (info.start) {
    for (const y of yearsCovered(info.start, info.end))
      out.push({ attr: 'data-pagefind-filter', key: 'jaar', value: String(y) });
    out.push({ attr: 'data-pagefind-sort', key: 'datum', value: info.start.date });
  }
  out.push({ attr: 'data-pagefind-meta', key: 'soort', value: info.kind.label });
  out.push({ attr: 'data-pagefind-meta', key: 'samenvatting', value: info.summary });
  if (info.dateLabel) out.push({ attr: 'data-pagefind-meta', key: 'datum', value: info.dateLabel });
  if (info.start) out.push({ attr: 'data-pagefind-meta', key: 'datetime', value: info.start.date });
  // Without it Pagefind takes the first image on the page as thumbnail: mark other images data-pagefind-ignore="all".
  if (info.thumbnail) out.push({ attr: 'data-pagefind-meta', key: 'image', value: info.thumbnail });
  return out;
}
