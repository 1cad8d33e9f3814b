/** Everything a Mbo Tour 030 diary page shows. */
import { feedLinks } from '../lib/feed-links';
import { entryPage } from './entry-page';
import { publishedPeople } from './published-people';
import { siteContent, type TourVisit } from './site';

export async function tourPage(visit: TourVisit, site: URL) {
  const d = visit.data;
  const c = await siteContent();
  return {
    ...(await entryPage('tour', visit, site)),
    school: c.school(d.school),
    stories: c.stories.filter((s) => s.data.scholen.includes(d.school)).slice(0, 3),
    people: await publishedPeople(d.ambassadeurs),
    feeds: [feedLinks.tour(), feedLinks.all()],
  };
}
export type TourPageView = Awaited<ReturnType<typeof tourPage>>;
