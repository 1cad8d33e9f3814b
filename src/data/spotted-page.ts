/** Everything the Gespot page (/mbo030/gespot/) shows: each sighting or plan with its text and schools. */
import { render } from 'astro:content';
import { formatDate } from '../lib/dutch-dates';
import type { SpottedStatus } from '../lib/vocabulary';
import { siteContent } from './site';

/** The word for where a place stands: planned by a source, or seen. */
const statusLabels = { gepland: 'Gepland', gezien: 'Gezien' } as const satisfies Record<SpottedStatus, string>;

export async function spottedPage() {
  const c = await siteContent();
  return Promise.all(
    c.spotted.map(async (s) => {
      const d = s.data;
      const seenOn = d.datum ? formatDate(d.datum, d.datum.granularity === 'tijd' ? 'dag' : d.datum.granularity) : '';
      return {
        d,
        label: d.stand === 'gezien' && seenOn ? `${statusLabels.gezien}, ${seenOn}` : statusLabels[d.stand],
        Content: (await render(s)).Content,
        schools: d.scholen.map((id) => ({ id, naam: c.school(id).data.naam })),
      };
    }),
  );
}
export type SpottedItem = Awaited<ReturnType<typeof spottedPage>>[number];
