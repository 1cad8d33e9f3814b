/** The news feeds a page announces (<link rel="alternate">) and offers as "Volg via RSS". */
import { to } from './urls';

export interface FeedLink {
  title: string;
  href: string;
}

export const feedLinks = {
  all: (): FeedLink => ({ title: 'mbo030: verhalen en het dagboek van de Mbo Tour 030', href: to.feed() }),
  stories: (): FeedLink => ({ title: 'mbo030: verhalen', href: to.storiesFeed() }),
  tour: (): FeedLink => ({ title: 'mbo030: dagboek van de Mbo Tour 030', href: to.tourFeed() }),
  school: (id: string, name: string): FeedLink => ({ title: `mbo030: ${name}`, href: to.schoolNewsFeed(id) }),
};
