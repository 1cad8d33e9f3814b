/** Orderings used on more than one page. */
import { compareLocalDates, type LocalDate } from './local-date';

/** Newest first by a date field, then by id so equal dates keep a stable order. */
export function newestFirst<T extends { id: string }>(items: T[], date: (item: T) => LocalDate): T[] {
  return [...items].sort((a, b) => compareLocalDates(date(b), date(a)) || a.id.localeCompare(b.id));
}

/** Oldest first by a date field, then by id. */
export function oldestFirst<T extends { id: string }>(items: T[], date: (item: T) => LocalDate): T[] {
  return [...items].sort((a, b) => compareLocalDates(date(a), date(b)) || a.id.localeCompare(b.id));
}

/** Groups items under a key, keeping the order in which keys first appear. */
export function groupBy<T>(items: T[], key: (item: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups].map(([k, v]) => ({ key: k, items: v }));
}
