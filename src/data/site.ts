/**
 * All published content, loaded once per build and shared by every page.
 * Pages never call getCollection themselves: this is where drafts, consent
 * and references are settled, so no page can show what must stay hidden.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { hasCalendarFile, hasDate } from '../lib/event-dating';
import { isUpcoming } from '../lib/event-time';
import { buildNow } from '../lib/now';
import { photosWithoutForm, selectPublished, withoutDrafts, type Omission } from '../lib/publication';
import { newestFirst, oldestFirst } from '../lib/sorting';
import { collectionNames, type CollectionName } from '../content-types';
import type { LocalDate } from '../lib/local-date';
import type { Precision } from '../lib/vocabulary';

export type School = CollectionEntry<'scholen'>;
export type Ambassador = CollectionEntry<'ambassadeurs'>;
export type Story = CollectionEntry<'verhalen'>;
export type Event = CollectionEntry<'agenda'>;
/** An event whose source gives at least a year: it has a place in time (and maybe in a calendar feed). */
export type DatedEvent = Event & { data: Event['data'] & { start: LocalDate; precisie: Precision } };
export type TourVisit = CollectionEntry<'tour'>;
export type Spotted = CollectionEntry<'gespot'>;

/** Published entries per content type, for what loops over the types (share cards, search, news feeds). */
export type PublishedEntries = { [N in CollectionName]: readonly CollectionEntry<N>[] };

export interface SiteContent {
  now: Date;
  schools: School[];
  ambassadors: Ambassador[];
  stories: Story[];
  /** Events still to come, soonest first; within a year, those with a day or month before those with only the year. */
  upcoming: DatedEvent[];
  /** Events that are over, newest first. */
  past: DatedEvent[];
  /** Every published event with at least a year. */
  events: DatedEvent[];
  /** Events whose source gives no date at all ("datum niet bekend"). */
  undated: Event[];
  /** Events with a known day: the only ones a calendar feed may carry. */
  calendar: DatedEvent[];
  visits: TourVisit[];
  /** Places where the trademark appears, in gallery order. */
  spotted: Spotted[];
  omitted: Omission[];
  school: (id: string) => School;
  /** Every type's published entries (the lists above, and types without a list of their own); events with and without a date together. */
  published: PublishedEntries;
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
  const all = await loadAll(includeDrafts, omitted);
  // Consent: an ambassador without it is left out, and so is every story about them.
  const published = selectPublished(all.ambassadeurs, all.verhalen, { now, includeDrafts });
  omitted.push(...published.omitted);
  const events = all.agenda.filter((e): e is DatedEvent => hasDate(e.data));
  const undated = all.agenda
    .filter((e) => !hasDate(e.data))
    .sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'nl'));
  const { scholen: schools, tour: visits, gespot: spotted } = all;

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

  // A photo of a person needs a signed form; the checker says the same per file.
  const uncovered = photosWithoutForm(published.ambassadors, published.stories);
  if (uncovered.length > 0) throw new Error(uncovered.map((u) => `${u.file}: ${u.reason}`).join('\n'));
  const byStart = (e: DatedEvent) => e.data.start;
  // Within one year, events dated to a day or month come before those with only the year.
  const yearOnlyLast = (list: DatedEvent[]) =>
    [...list].sort(
      (a, b) =>
        a.data.start.date.slice(0, 4).localeCompare(b.data.start.date.slice(0, 4)) ||
        Number(a.data.precisie === 'jaar') - Number(b.data.precisie === 'jaar'),
    );
  const content = {
    now,
    schools: [...schools].sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')),
    ambassadors: [...published.ambassadors].sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')),
    stories: newestFirst(published.stories, (s) => s.data.datum),
    upcoming: yearOnlyLast(
      oldestFirst(
        events.filter((e) => isUpcoming(e.data, now)),
        byStart,
      ),
    ),
    past: newestFirst(
      events.filter((e) => !isUpcoming(e.data, now)),
      byStart,
    ),
    events,
    undated,
    calendar: events.filter((e) => hasCalendarFile(e.data)),
    visits: oldestFirst(visits, (v) => v.data.datum),
    spotted: [...spotted].sort(
      (a, b) => a.data.volgorde - b.data.volgorde || a.data.titel.localeCompare(b.data.titel, 'nl'),
    ),
    omitted,
    school,
  };
  // Every type is published as loaded unless a rule above narrowed it; a new type needs no line here.
  const { ambassadors: ambassadeurs, stories: verhalen } = content;
  return { ...content, published: { ...all, ambassadeurs, verhalen } };
}

type Loaded = { [N in CollectionName]: CollectionEntry<N>[] };

/** Every collection once, drafts left out (in `astro dev` they stay, to preview them). */
async function loadAll(includeDrafts: boolean, omitted: Omission[]): Promise<Loaded> {
  const lists = await Promise.all(
    collectionNames.map(async (name) => withoutDrafts(await getCollection(name), includeDrafts, name, omitted)),
  );
  return Object.fromEntries(collectionNames.map((name, i) => [name, lists[i]])) as Loaded;
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
    undated: c.undated.filter((e) => e.data.scholen.includes(id)),
  };
}
