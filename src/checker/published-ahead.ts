/**
 * A publication date after today. The site has no planned publishing: the entry goes online at the
 * next build, and the page and the news feed then say "on this site since" a day still to come.
 * A warning, not an error: the publishing workflow checks the content before every build.
 */
import type { FeedFacts } from '../content-types/content-type';
import { amsterdamInstant } from '../lib/amsterdam-time';
import { formatDate } from '../lib/dutch-dates';

export function publishedAhead(
  type: { feed?: ((data: never) => FeedFacts) | undefined },
  data: Record<string, unknown>,
  now: Date,
): { field: string; message: string } | undefined {
  const published = type.feed?.(data as never).published;
  if (!published || amsterdamInstant(published.date) <= now) return undefined;
  // The field that holds it: the feed takes the value itself from the entry.
  const field = Object.keys(data).find((k) => data[k] === published);
  if (!field) return undefined;
  return {
    field,
    message: `Deze datum (${formatDate(published)}) ligt nog in de toekomst. De site plant niets: het stuk komt bij de volgende build online, en er staat dan "sinds ${formatDate(published)}". Zet hier de dag waarop het echt online komt.`,
  };
}
