/**
 * The news feeds (RSS 2.0): stories and Mbo Tour 030 diary entries, newest
 * first, from the published content (data/site), so an entry whose person has
 * no valid consent is in no feed, like it is on no page. Each item: title, link
 * (also its stable guid), the day it was published on this site (midnight in
 * Utrecht), summary, school and sector as categories, and the share card as
 * image enclosure. Events are not here: they have their calendar feeds.
 */
import rss from '@astrojs/rss';
import { amsterdamInstant } from '../lib/amsterdam-time';
import { feedLinks } from '../lib/feed-links';
import { absolute, href, to } from '../lib/urls';
import { path } from '../lib/routes';
import { shareCardSize, type CardCollection } from './share-cards';
import { siteContent, type Story, type TourVisit } from './site';

export interface NewsItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  enclosure: { url: string; length: number; type: string };
}

export type NewsFeedKind = { kind: 'all' } | { kind: 'stories' } | { kind: 'tour' } | { kind: 'school'; id: string };

async function card(collection: CardCollection, id: string, site: URL) {
  return { url: absolute(href(path('shareCard', { collection, id })), site), length: await shareCardSize(collection, id), type: 'image/png' };
}

async function storyItem(s: Story, site: URL, schoolName: (id: string) => string): Promise<NewsItem> {
  return {
    title: s.data.titel,
    link: absolute(to.story(s.id), site),
    pubDate: amsterdamInstant(s.data.datum.date),
    description: s.data.samenvatting,
    categories: [...s.data.scholen.map(schoolName), s.data.sector],
    enclosure: await card('verhalen', s.id, site),
  };
}

async function visitItem(v: TourVisit, site: URL, schoolName: (id: string) => string): Promise<NewsItem> {
  return {
    title: v.data.titel,
    link: absolute(to.tourVisit(v.id), site),
    pubDate: amsterdamInstant(v.data.gepubliceerd.date),
    description: v.data.samenvatting,
    categories: [schoolName(v.data.school), 'Mbo Tour 030'],
    enclosure: await card('tour', v.id, site),
  };
}

/** The items of one feed, newest first (on the same day: by title). */
export async function newsItems(which: NewsFeedKind, site: URL): Promise<NewsItem[]> {
  const c = await siteContent();
  const schoolName = (id: string) => c.school(id).data.naam;
  const forSchool = (ids: string[]) => which.kind !== 'school' || ids.includes(which.id);
  const stories = which.kind === 'tour' ? [] : c.stories.filter((s) => forSchool(s.data.scholen));
  const visits = which.kind === 'stories' ? [] : c.visits.filter((v) => forSchool([v.data.school]));
  const items = [...(await Promise.all(stories.map((s) => storyItem(s, site, schoolName)))), ...(await Promise.all(visits.map((v) => visitItem(v, site, schoolName))))];
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'nl'));
}

const descriptions = {
  all: 'Nieuwe verhalen van mbo’ers en nieuwe stukken uit het dagboek van de Mbo Tour 030, van de Utrechtse campagne mbo030.',
  stories: 'Nieuwe verhalen van mbo’ers in Utrecht, van de campagne mbo030.',
  tour: 'Nieuwe stukken uit het dagboek van de Mbo Tour 030: de schoolbezoeken van de wethouder.',
} as const;

/** The RSS response of one feed. */
export async function newsFeedResponse(which: NewsFeedKind, site: URL): Promise<Response> {
  const c = await siteContent();
  const school = which.kind === 'school' ? c.school(which.id).data.naam : undefined;
  const items = await newsItems(which, site);
  return rss({
    title: which.kind === 'school' ? feedLinks.school(which.id, school!).title : feedLinks[which.kind]().title,
    description: school ? `Nieuwe verhalen en dagboekstukken van mbo030 over ${school}.` : descriptions[which.kind as keyof typeof descriptions],
    site: absolute(which.kind === 'school' ? to.school(which.id) : which.kind === 'stories' ? to.stories() : which.kind === 'tour' ? to.tour() : to.home(), site),
    customData: `<language>nl-nl</language><lastBuildDate>${(items[0]?.pubDate ?? c.now).toUTCString()}</lastBuildDate>`,
    items: items.map((i) => ({ ...i })),
  });
}
