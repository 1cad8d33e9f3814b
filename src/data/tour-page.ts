/** Everything a Mbo Tour 030 diary page shows. */
import { render } from 'astro:content';
import { publishedPeople } from './people';
import { visitSearch } from './search-info';
import { siteContent, type TourVisit } from './site';

export async function tourPage(visit: TourVisit) {
  const d = visit.data;
  const c = await siteContent();
  return { d,
    school: c.school(d.school),
    stories: c.stories.filter((s) => s.data.scholen.includes(d.school)).slice(0, 3),
    Content: (await render(visit)).Content,
    people: await publishedPeople(d.ambassadeurs),
    search: await visitSearch(visit), };
}
export type TourPageView = Awaited<ReturnType<typeof tourPage>>;
