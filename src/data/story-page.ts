/** Everything a story page shows. Its cache key comes from the same parts, so the two cannot drift apart. */
import { feedLinks } from '../lib/feed-links';
import { impliedPrecision } from '../schemas/precision';
import { personCards } from './entry-cards';
import { entryPage } from './entry-page';
import { siteContent, type SiteContent, type Story } from './site';

/** Up to three other stories from the same sector or school, newest first. */
export function moreStories(story: Story, stories: Story[]): Story[] {
  const d = story.data;
  return stories
    .filter(
      (s) => s.id !== story.id && (s.data.sector === d.sector || s.data.scholen.some((id) => d.scholen.includes(id))),
    )
    .slice(0, 3);
}

/** The entries a story page shows besides the story: its people, its schools and three more stories. */
function storyParts(story: Story, c: SiteContent) {
  const d = story.data;
  return {
    people: c.ambassadors.filter((a) => d.ambassadeurs.includes(a.id)),
    schools: d.scholen.map(c.school),
    more: moreStories(story, c.stories),
  };
}

/**
 * A key that changes whenever anything a story page shows changes: the story, its
 * parts and the school list in the footer. For Astro's experimental incremental
 * build (see docs/performance.md).
 */
export function storyCacheKey(story: Story, c: SiteContent): string {
  const p = storyParts(story, c);
  return [story, ...p.people, ...p.more, ...c.schools]
    .map((e) => `${e.collection}/${e.id}@${e.digest ?? ''}`)
    .join('|');
}

export async function storyPage(story: Story, site: URL) {
  const c = await siteContent();
  const parts = storyParts(story, c);
  return {
    ...(await entryPage('verhalen', story, site)),
    people: await personCards(parts.people),
    schools: parts.schools,
    more: parts.more,
    happened: story.data.gebeurd && impliedPrecision(story.data.gebeurd),
    feeds: [feedLinks.stories(), feedLinks.all()],
  };
}
export type StoryPageView = Awaited<ReturnType<typeof storyPage>>;
