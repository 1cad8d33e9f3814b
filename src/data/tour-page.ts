/** Everything a Mbo Tour 030 diary page shows. */
import { render } from 'astro:content';
import { shareLinks } from '../lib/share-links';
import { absolute, to } from '../lib/urls';
import { feedLinks } from '../lib/feed-links';
import { shareCardMeta } from './share-cards';
import { publishedPeople } from './published-people';
import { searchInfo } from './search-info';
import { siteContent, type TourVisit } from './site';

export async function tourPage(visit: TourVisit, site: URL) {
  const d = visit.data;
  const c = await siteContent();
  return {
    d,
    school: c.school(d.school),
    stories: c.stories.filter((s) => s.data.scholen.includes(d.school)).slice(0, 3),
    Content: (await render(visit)).Content,
    people: await publishedPeople(d.ambassadeurs),
    search: await searchInfo('tour', visit),
    shareCard: shareCardMeta('tour', visit.id, d.titel, site),
    shareLinks: shareLinks(absolute(to.tourVisit(visit.id), site), d.titel),
    feeds: [feedLinks.tour(), feedLinks.all()],
  };
}
export type TourPageView = Awaited<ReturnType<typeof tourPage>>;
