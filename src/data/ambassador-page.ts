/** Everything an ambassador's page shows, with how consent was obtained. */
import { render } from 'astro:content';
import { shareCardMeta } from './share-cards';
import { searchInfo } from './search-info';
import { siteContent, type Ambassador } from './site';

export async function ambassadorPage(person: Ambassador, site: URL) {
  const d = person.data;
  const c = await siteContent();
  return {
    d,
    school: c.school(d.school),
    stories: c.stories.filter((s) => s.data.ambassadeurs.includes(person.id)),
    Content: (await render(person)).Content,
    consent: d.toestemming,
    search: await searchInfo('ambassadeurs', person),
    shareCard: shareCardMeta('ambassadeurs', person.id, d.naam, site),
  };
}
export type AmbassadorPageView = Awaited<ReturnType<typeof ambassadorPage>>;
