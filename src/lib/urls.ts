import { normalizeBase } from './base-path';
import { path, staticPrefix } from './routes';

/**
 * The one place that builds internal URLs. Every link, asset path and canonical
 * URL goes through here, so a deployment under a sub-path (BASE_PATH) never
 * breaks a link. Pages end in a slash; files (`robots.txt`, `.ics`) do not.
 */

/** Joins a base path (`/` or `/mbo030/`) and a site-relative path (`verhalen/fleur/`). */
export function joinBase(base: string, sitePath: string): string {
  return `${normalizeBase(base)}${sitePath.replace(/^\/+/, '')}`;
}

/** A site-internal URL for a path such as `verhalen/` or `favicon.svg`. */
export function href(sitePath = ''): string {
  return joinBase(import.meta.env.BASE_URL, sitePath);
}

/** An absolute URL (for canonical, Open Graph, sitemap) from a site origin and an internal URL. */
export function absolute(internal: string, site: URL | string): string {
  return new URL(internal, site).toString();
}

/** Internal URLs of every route (see routes.ts), so no path is spelled anywhere else. */
export const to = {
  home: () => href(path('home')),
  page: (id: string) => href(path('page', { id })),
  stories: () => href(path('stories')),
  story: (id: string) => href(path('story', { id })),
  ambassadors: () => href(path('ambassadors')),
  ambassador: (id: string) => href(path('ambassador', { id })),
  agenda: () => href(path('agenda')),
  agendaFeed: () => href(path('agendaFeed')),
  agendaArchive: (jaar: string) => href(path('agendaArchive', { jaar })),
  agendaSchool: (id: string) => href(path('agendaSchool', { id })),
  agendaCategory: (categorie: string) => href(path('agendaCategory', { categorie })),
  event: (id: string) => href(path('event', { id })),
  eventFile: (id: string) => href(path('eventFile', { id })),
  tour: () => href(path('tour')),
  tourVisit: (id: string) => href(path('tourVisit', { id })),
  schools: () => href(path('schools')),
  school: (id: string) => href(path('school', { id })),
  schoolFeed: (id: string) => href(path('schoolFeed', { id })),
  feed: () => href(path('feed')),
  storiesFeed: () => href(path('storiesFeed')),
  tourFeed: () => href(path('tourFeed')),
  schoolNewsFeed: (id: string) => href(path('schoolNewsFeed', { id })),
  trademark: () => href(path('trademark')),
  trademarkRules: () => href(path('trademarkRules')),
  trademarkDownloads: () => href(path('trademarkDownloads')),
  trademarkDownload: (file: string) => href(path('trademarkDownload', { file })),
  spotted: () => href(path('spotted')),
  badgeBuilder: () => href(path('badgeBuilder')),
  /** A badge file from its site-relative path without extension (data/badges): `badge/v1/licht` + `svg`. */
  badgeFile: (sitePath: string, ext: 'svg' | 'png' | '@2x.png') =>
    href(`${sitePath}${ext === '@2x.png' ? '@2x.png' : `.${ext}`}`),
  ruleExample: (name: string) => href(path('ruleExample', { name })),
  about: () => to.page('over'),
  studentLife: () => to.page('studentenleven'),
  accessibility: () => to.page('toegankelijkheid'),
  privacy: () => to.page('privacy'),
  /** How to report a security problem: the Contact and Policy of security.txt. */
  security: () => to.page('beveiliging'),
  securityTxt: () => href(path('securityTxt')),
  search: () => href(path('search')),
  /** Folder of the Pagefind bundle (pagefind.js, index and fragments). */
  searchBundle: () => href(staticPrefix('searchBundle')),
};

/** URL of page n of a paged overview: page 1 is the overview itself. */
export function listPage(list: 'stories' | 'ambassadors', n: number): string {
  if (n <= 1) return to[list]();
  return href(path(list === 'stories' ? 'storiesPage' : 'ambassadorsPage', { n }));
}
