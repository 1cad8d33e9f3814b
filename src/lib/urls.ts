/**
 * The one place that builds internal URLs. Every link, asset path and canonical
 * URL goes through here, so a deployment under a sub-path (BASE_PATH) never
 * breaks a link. Pages end in a slash; files (`robots.txt`, `.ics`) do not.
 */

/** Joins a base path (`/` or `/mbo030/`) and a site-relative path (`verhalen/fleur/`). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** A site-internal URL for a path such as `verhalen/` or `favicon.svg`. */
export function href(path = ''): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** An absolute URL (for canonical, Open Graph, sitemap) from a site origin and an internal URL. */
export function absolute(internal: string, site: URL | string): string {
  return new URL(internal, site).toString();
}

/** URLs of every page type, so route names are spelled in one place. */
export const to = {
  home: () => href(''),
  stories: () => href('verhalen/'),
  story: (id: string) => href(`verhalen/${id}/`),
  ambassadors: () => href('ambassadeurs/'),
  ambassador: (id: string) => href(`ambassadeurs/${id}/`),
  agenda: () => href('agenda/'),
  agendaArchive: (year: string) => href(`agenda/archief/${year}/`),
  agendaSchool: (id: string) => href(`agenda/school/${id}/`),
  event: (id: string) => href(`agenda/${id}/`),
  tour: () => href('mbo-tour-030/'),
  tourVisit: (id: string) => href(`mbo-tour-030/${id}/`),
  schools: () => href('scholen/'),
  school: (id: string) => href(`scholen/${id}/`),
  trademark: () => href('mbo030/'),
  trademarkRules: () => href('mbo030/gebruik/'),
  trademarkDownloads: () => href('mbo030/downloads/'),
  trademarkDownload: (file: string) => href(`mbo030/downloads/${file}`),
  spotted: () => href('mbo030/gespot/'),
  badgeBuilder: () => href('mbo030/badge/'),
  /** A badge file: `badge/v1/licht` + `.svg`. */
  badgeFile: (path: string, ext: 'svg' | 'png' | '@2x.png') => href(`${path}${ext === '@2x.png' ? '@2x.png' : `.${ext}`}`),
  ruleExample: (name: string) => href(`mbo030/voorbeelden/${name}.svg`),
  about: () => href('over/'),
  studentLife: () => href('studentenleven/'),
  accessibility: () => href('toegankelijkheid/'),
  privacy: () => href('privacy/'),
  search: () => href('zoeken/'),
  /** Folder of the Pagefind bundle (pagefind.js, index and fragments). */
  searchBundle: () => href('pagefind/'),
};
