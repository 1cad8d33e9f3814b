/** Everything an ambassador's page shows, with how consent was obtained. */
import { entryPage } from './entry-page';
import { siteContent, type Ambassador } from './site';

export async function ambassadorPage(person: Ambassador, site: URL) {
  const d = person.data;
  const c = await siteContent();
  return {
    ...(await entryPage('ambassadeurs', person, site)),
    school: c.school(d.school),
    stories: c.stories.filter((s) => s.data.ambassadeurs.includes(person.id)),
    consent: d.toestemming,
  };
}
export type AmbassadorPageView = Awaited<ReturnType<typeof ambassadorPage>>;
