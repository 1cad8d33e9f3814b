/** What a story page shows besides the story itself: the people in it and three more stories. */
import type { SiteContent, Story } from './site';

/** Up to three other stories from the same sector or school, newest first. */
export function moreStories(story: Story, stories: Story[]): Story[] {
  const d = story.data;
  return stories.filter((s) => s.id !== story.id && (s.data.sector === d.sector || s.data.scholen.some((id) => d.scholen.includes(id)))).slice(0, 3);
}

/**
 * A key that changes whenever anything a story page shows changes: the story,
 * its people, its schools, the three related stories, and the school list in
 * the footer. For Astro's experimental incremental build (see docs/performance.md).
 */
export function storyCacheKey(story: Story, c: SiteContent): string {
  const people = c.ambassadors.filter((a) => story.data.ambassadeurs.includes(a.id));
  const parts = [story, ...people, ...moreStories(story, c.stories), ...c.schools].map((e) => `${e.collection}/${e.id}@${e.digest ?? ''}`);
  return parts.join('|');
}
