/**
 * What the page of any entry shows, from its content type (src/content-types/):
 * its data and rendered text, what it tells search, its share card and the
 * plain share links. A type's view-model adds what only its page shows; a new
 * type whose layout needs nothing more takes this as its view-model.
 */
import { render, type CollectionEntry } from 'astro:content';
import { contentTypes, type CollectionName, type EntryData } from '../content-types';
import { shareLinks } from '../lib/share-links';
import { absolute, href } from '../lib/urls';
import { searchInfo } from './search-info';
import { shareCardMeta } from './share-cards';

export async function entryPage<N extends CollectionName>(name: N, entry: CollectionEntry<N>, site: URL) {
  const type = contentTypes[name];
  const d = entry.data as EntryData<N>;
  // The title drawn on the share card is the one its alt text and the share links give.
  const title = type.shareCard ? String(d[type.shareCard.title]) : undefined;
  const url = absolute(href(type.page(entry.id)), site);
  return {
    d,
    Content: (await render(entry)).Content,
    search: type.search ? await searchInfo(name, { id: entry.id, data: d }) : undefined,
    shareCard: title === undefined ? undefined : shareCardMeta(name, entry.id, title, site),
    shareLinks: shareLinks(url, title ?? url),
  };
}
export type EntryPageView<N extends CollectionName> = Awaited<ReturnType<typeof entryPage<N>>>;
