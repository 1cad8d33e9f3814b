/**
 * The news feeds (RSS 2.0): stories and Mbo Tour 030 diary entries, newest
 * first, from the published content (data/site), so an entry whose person has
 * no valid consent is in no feed, like it is on no page. Each item: title, link
 * (also its stable guid), the day it was published on this site (midnight in
 * Utrecht), summary, school and sector as categories, and the share card as
 * image enclosure. Events are not here: they have their calendar feeds.
 */
import rss from '@astrojs/rss';
import { collectionNames, contentTypes, type CollectionName, type EntryData } from '../content-types';
import { amsterdamInstant } from '../lib/amsterdam-time';
import { feedLinks } from '../lib/feed-links';
import { absolute, href, to } from '../lib/urls';
import { path } from '../lib/routes';
import { shareCardSize } from './share-cards';
import { siteContent } from './site';

export interface NewsItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  enclosure: { url: string; length: number; type: string };
}

export type NewsFeedKind = { kind: 'all' } | { kind: 'stories' } | { kind: 'tour' } | { kind: 'school'; id: string };

/** The one content type a feed carries, when it carries one (the others carry every type with `feed`). */
const feedType: Partial<Record<NewsFeedKind['kind'], CollectionName>> = { stories: 'verhalen', tour: 'tour' };

async function card(collection: CollectionName, id: string, site: URL) {
  return {
    url: absolute(href(path('shareCard', { collection, id })), site),
    length: await shareCardSize(collection, id),
    type: 'image/png',
  };
}

/** The items of one content type (its module's `feed`), for the schools this feed covers. */
async function itemsOf<N extends CollectionName>(
  name: N,
  entries: readonly { id: string; data: EntryData<N> }[],
  which: NewsFeedKind,
  site: URL,
  schoolName: (id: string) => string,
) {
  const feed = contentTypes[name].feed;
  if (!feed || (feedType[which.kind] ?? name) !== name) return [];
  const facts = entries
    .map((e) => ({ id: e.id, f: feed(e.data) }))
    .filter(({ f }) => which.kind !== 'school' || f.schools.includes(which.id));
  return Promise.all(
    facts.map(async ({ id, f }): Promise<NewsItem> => ({
      title: f.title,
      link: absolute(href(contentTypes[name].page(id)), site),
      pubDate: amsterdamInstant(f.published.date),
      description: f.description,
      categories: [...f.schools.map(schoolName), ...f.categories],
      enclosure: await card(name, id, site),
    })),
  );
}

/** The items of one feed, newest first (on the same day: by title). */
export async function newsItems(which: NewsFeedKind, site: URL): Promise<NewsItem[]> {
  const c = await siteContent();
  const schoolName = (id: string) => c.school(id).data.naam;
  const items = (
    await Promise.all(collectionNames.map((name) => itemsOf(name, c.published[name], which, site, schoolName)))
  ).flat();
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'nl'));
}

const descriptions = {
  all: "Nieuwe verhalen van mbo'ers en nieuwe stukken uit het dagboek van de Mbo Tour 030, van de Utrechtse campagne mbo030.",
  stories: "Nieuwe verhalen van mbo'ers in Utrecht, van de campagne mbo030.",
  tour: 'Nieuwe stukken uit het dagboek van de Mbo Tour 030: de schoolbezoeken van de wethouder.',
} as const;

/** The RSS response of one feed. */
export async function newsFeedResponse(which: NewsFeedKind, site: URL): Promise<Response> {
  const c = await siteContent();
  const school = which.kind === 'school' ? c.school(which.id).data.naam : undefined;
  const items = await newsItems(which, site);
  return rss({
    title: which.kind === 'school' ? feedLinks.school(which.id, school!).title : feedLinks[which.kind]().title,
    description: school
      ? `Nieuwe verhalen en dagboekstukken van mbo030 over ${school}.`
      : descriptions[which.kind as keyof typeof descriptions],
    site: absolute(
      which.kind === 'school'
        ? to.school(which.id)
        : which.kind === 'stories'
          ? to.stories()
          : which.kind === 'tour'
            ? to.tour()
            : to.home(),
      site,
    ),
    customData: `<language>nl-nl</language><lastBuildDate>${(items[0]?.pubDate ?? c.now).toUTCString()}</lastBuildDate>`,
    items: items.map((i) => ({ ...i })),
  });
}
