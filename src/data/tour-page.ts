/** Everything a Mbo Tour 030 diary page shows. */
import { render } from 'astro:content';
import { shareLinks } from '../lib/sharing';
import { absolute, to } from '../lib/urls';
import { feedLinks } from '../lib/feed-links';
import { pageShare } from './share-cards';
import { publishedPeople } from './people';
import { visitSearch } from './search-info';
import { siteContent, type TourVisit } from './site';

export async function tourPage(visit: TourVisit, site: URL) {
  const d = visit.data;
  const c = await siteContent();
  return { d,
    school: c.school(d.school),
    stories: c.stories.filter((s) => s.data.scholen.includes(d.school)).slice(0, 3),
    Content: (await render(visit)).Content,
    people: await publishedPeople(d.ambassadeurs),
    search: await visitSearch(visit),
    share: pageShare('tour', visit.id, d.titel, site),
    sharing: shareLinks(absolute(to.tourVisit(visit.id), site), d.titel),
    feeds: [feedLinks.tour(), feedLinks.all()], };
}
export type TourPageView = Awaited<ReturnType<typeof tourPage>>;
