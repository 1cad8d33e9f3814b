/**
 * All published content, loaded once per build and shared by every page.
 * Pages never call getCollection themselves: this is where drafts, consent
 * and references are settled, so no page can show what must stay hidden.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isUpcoming } from '../lib/event-time';
import { buildNow } from '../lib/now';
import { selectPublished, withoutDrafts, type Omission } from '../lib/publication';
import { newestFirst, oldestFirst } from '../lib/sorting';

export type School = CollectionEntry<'scholen'>;
export type Ambassador = CollectionEntry<'ambassadeurs'>;
export type Story = CollectionEntry<'verhalen'>;
export type Event = CollectionEntry<'agenda'>;
export type TourVisit = CollectionEntry<'tour'>;
export type Spotted = CollectionEntry<'gespot'>;

export interface SiteContent {
  now: Date;
  schools: School[];
  ambassadors: Ambassador[];
  stories: Story[];
  /** Events still to come, soonest first. */
  upcoming: Event[];
  /** Events that are over, newest first. */
  past: Event[];
  events: Event[];
  visits: TourVisit[];
  /** Places where the trademark appears, in gallery order. */
  spotted: Spotted[];
  omitted: Omission[];
  school: (id: string) => School;
}

let loaded: Promise<SiteContent> | undefined;

/** Loads and settles all content once; later calls get the same result. */
export function siteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteContent> {
  const now = buildNow();
  const includeDrafts = import.meta.env.DEV;
  const omitted: Omission[] = [];
  const [schools, allAmbassadors, allStories, allEvents, allVisits, allSpotted] = await Promise.all([
    getCollection('scholen'),
    getCollection('ambassadeurs'),
    getCollection('verhalen'),
    getCollection('agenda'),
    getCollection('tour'),
    getCollection('gespot'),
  ]);
  const published = selectPublished(allAmbassadors, allStories, { now, includeDrafts });
  omitted.push(...published.omitted);
  const events = withoutDrafts(allEvents, includeDrafts, 'agenda', omitted);
  const visits = withoutDrafts(allVisits, includeDrafts, 'tour', omitted);
  const spotted = withoutDrafts(allSpotted, includeDrafts, 'gespot', omitted);

  const schoolById = new Map(schools.map((s) => [s.id, s]));
  const school = (id: string): School => {
    const found = schoolById.get(id);
    if (!found) throw new Error(`School '${id}' bestaat niet in content/scholen/.`);
    return found;
  };

  if (omitted.length > 0) {
    console.warn(
      `[mbo030] ${omitted.length} item(s) niet gepubliceerd:\n${omitted.map((o) => `  - ${o.file}: ${o.reason}`).join('\n')}`,
    );
  }

  const byStart = (e: Event) => e.data.start;
  return {
    now,
    schools: [...schools].sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')),
    ambassadors: [...published.ambassadors].sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')),
    stories: newestFirst(published.stories, (s) => s.data.datum),
    upcoming: oldestFirst(events.filter((e) => isUpcoming(e.data, now)), byStart),
    past: newestFirst(events.filter((e) => !isUpcoming(e.data, now)), byStart),
    events,
    visits: oldestFirst(visits, (v) => v.data.datum),
    spotted: [...spotted].sort((a, b) => a.data.volgorde - b.data.volgorde || a.data.titel.localeCompare(b.data.titel, 'nl')),
    omitted,
    school,
  };
}

/** Everything on this site that involves one school. */
export async function schoolHub(id: string) {
  const c = await siteContent();
  return {
    school: c.school(id),
    ambassadors: c.ambassadors.filter((a) => a.data.school === id),
    stories: c.stories.filter((s) => s.data.scholen.includes(id)),
    visits: c.visits.filter((v) => v.data.school === id),
    upcoming: c.upcoming.filter((e) => e.data.scholen.includes(id)),
    past: c.past.filter((e) => e.data.scholen.includes(id)),
  };
}
