/** The paged overviews, computed once per build from the published content. */
import { paginate } from '../lib/pagination';
import { groupBy } from '../lib/sorting';
import { personCards } from './entry-cards';
import { LIST_PAGE_SIZE } from '../lib/page-sizes';
import { siteContent } from './site';

/** Ambassadors' cards ordered by school (as the school list), then by name, in pages. */
export async function ambassadorPages() {
  const { ambassadors, schools } = await siteContent();
  const order = new Map(schools.map((s, i) => [s.id, i]));
  const sorted = [...ambassadors].sort(
    (a, b) => order.get(a.data.school)! - order.get(b.data.school)! || a.data.naam.localeCompare(b.data.naam, 'nl'),
  );
  return paginate(await personCards(sorted), LIST_PAGE_SIZE.ambassadors);
}

/** Past events per year, newest year first: the archive pages of the agenda. */
export async function archiveYears() {
  const { past } = await siteContent();
  return groupBy(past, (e) => e.data.start.date.slice(0, 4)).map((g) => ({ year: g.key, events: g.items }));
}
