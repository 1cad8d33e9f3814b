/** Everything the Gespot page (/mbo030/gespot/) shows: each sighting or plan with its text and schools. */
import { render } from 'astro:content';
import { formatDate } from '../lib/dutch-dates';
import { siteContent } from './site';

export async function spottedPage() {
  const c = await siteContent();
  return Promise.all(
    c.spotted.map(async (s) => {
      const d = s.data;
      const seenOn = d.datum ? formatDate(d.datum, d.datum.granularity === 'tijd' ? 'dag' : d.datum.granularity) : '';
      return {
        d,
        label: d.stand === 'gezien' ? `Gezien${seenOn ? `, ${seenOn}` : ''}` : 'Gepland',
        Content: (await render(s)).Content,
        schools: d.scholen.map((id) => ({ id, naam: c.school(id).data.naam })),
      };
    }),
  );
}
export type SpottedItem = Awaited<ReturnType<typeof spottedPage>>[number];
