/** Everything a school's page shows: its people, stories, diary entries, events and badge. */
import { schoolBadges } from './badges';
import { feedLinks } from '../lib/feed-links';
import { shareCardMeta } from './share-cards';
import { personCards, tourCards } from './entry-cards';
import { searchInfo, searchKindOf } from './search-info';
import { schoolHub } from './site';
import { searchString } from '../lib/search-query';
import { to } from '../lib/urls';

export async function schoolPage(id: string, site: URL) {
  const hub = await schoolHub(id);
  return {
    hub: { ...hub, ambassadors: await personCards(hub.ambassadors), visits: await tourCards(hub.visits) },
    s: hub.school.data,
    badge: (await schoolBadges()).find((b) => b.school === id)!,
    sections: [
      { id: 'ambassadeurs', title: 'Ambassadeurs', count: hub.ambassadors.length },
      { id: 'verhalen', title: 'Verhalen', count: hub.stories.length },
      { id: 'tour', title: 'Mbo Tour 030', count: hub.visits.length },
      { id: 'agenda', title: 'Evenementen', count: hub.upcoming.length + hub.past.length + hub.undated.length },
    ],
    /** All of the school's stories in site search, newest first (the page lists only the newest). */
    allStories: `${to.search()}${searchString({
      q: '',
      filters: { soort: searchKindOf('verhalen').value, school: hub.school.data.naam },
      sort: 'nieuwste',
    })}`,
    search: await searchInfo('scholen', hub.school),
    shareCard: shareCardMeta('scholen', id, hub.school.data.naam, site),
    feeds: [feedLinks.school(id, hub.school.data.naam), feedLinks.all()],
  };
}
export type SchoolPageView = Awaited<ReturnType<typeof schoolPage>>;
