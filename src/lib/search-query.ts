/**
 * The state of the search page and its URL (`/zoeken/?q=…&school=…`), so a
 * search can be shared and the back button works. Pure, used by the page's
 * script and by its tests.
 */

/** Filters a reader can set; each is a URL parameter with the same name. */
export const filterKeys = ['soort', 'school', 'sector', 'jaar'] as const;
export type FilterKey = (typeof filterKeys)[number];

export type SortOrder = 'relevantie' | 'nieuwste' | 'oudste';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortOrder;
}

const sortOrders: readonly SortOrder[] = ['relevantie', 'nieuwste', 'oudste'];

/** Reads the state from a query string; unknown parameters and empty values are ignored. */
export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  const sort = params.get('sorteer') as SortOrder | null;
  return { q: (params.get('q') ?? '').trim(), filters, sort: sort && sortOrders.includes(sort) ? sort : 'relevantie' };
}

/** The query string for a state: only what is set, in a fixed order (`?q=…&soort=…`). */
export function searchString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== 'relevantie') params.set('sorteer', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Whether there is anything to search for: a query or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || Object.keys(state.filters).length > 0;
}

/** Options for Pagefind's `search()`: filters and sort. */
export function pagefindOptions(state: SearchState): {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  const filters: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = state.filters[key];
    if (value) filters[key] = value;
  }
  if (state.sort === 'relevantie') return { filters };
  return { filters, sort: { datum: state.sort === 'nieuwste' ? 'desc' : 'asc' } };
}

/** The sentence the live region reads out: "3 resultaten voor ‘fleur’, soort: verhaal". */
export function resultSummary(count: number, state: SearchState): string {
  const what = count === 0 ? 'Geen resultaten' : count === 1 ? '1 resultaat' : `${count} resultaten`;
  const parts = [state.q ? `${what} voor ‘${state.q}’` : what];
  const active = filterKeys.filter((k) => state.filters[k]).map((k) => `${k}: ${state.filters[k]}`);
  if (active.length > 0) parts.push(active.join(', '));
  return `${parts.join(', ')}.`;
}
