/**
 * The route map: every URL the site has, as a site-relative pattern. Page links
 * (`to` in urls.ts), pagination, the content checker's "does this link exist",
 * the header rules and the build test that compares it with `src/pages/` all
 * derive from this one table. Pages end in `/`, files do not; `[x]` is (part of)
 * one path segment, `[...x]` any number of segments.
 */
export interface Route {
  pattern: string;
  /**
   * The content type whose entry ids are the only valid values of the route's one
   * parameter (a `CollectionName`: src/content-types/index.ts checks it at compile time).
   */
  ids?: string;
}

export const routes = {
  home: { pattern: '' },
  page: { pattern: '[id]/', ids: 'paginas' },
  notFound: { pattern: '404.html' },
  robots: { pattern: 'robots.txt' },
  /** Where to report a security problem (RFC 9116). */
  securityTxt: { pattern: '.well-known/security.txt' },
  /** Written by @astrojs/sitemap, with the numbered sitemaps it points to. */
  sitemapIndex: { pattern: 'sitemap-index.xml' },
  sitemap: { pattern: 'sitemap-[n].xml' },
  stories: { pattern: 'verhalen/' },
  storiesPage: { pattern: 'verhalen/pagina/[n]/' },
  story: { pattern: 'verhalen/[id]/', ids: 'verhalen' },
  ambassadors: { pattern: 'ambassadeurs/' },
  ambassadorsPage: { pattern: 'ambassadeurs/pagina/[n]/' },
  ambassador: { pattern: 'ambassadeurs/[id]/', ids: 'ambassadeurs' },
  agenda: { pattern: 'agenda/' },
  agendaFeed: { pattern: 'agenda.ics' },
  agendaArchive: { pattern: 'agenda/archief/[jaar]/' },
  agendaSchool: { pattern: 'agenda/school/[id]/', ids: 'scholen' },
  agendaCategory: { pattern: 'agenda/soort/[categorie]/' },
  event: { pattern: 'agenda/[id]/', ids: 'agenda' },
  eventFile: { pattern: 'agenda/[id].ics', ids: 'agenda' },
  tour: { pattern: 'mbo-tour-030/' },
  tourVisit: { pattern: 'mbo-tour-030/[id]/', ids: 'tour' },
  schools: { pattern: 'scholen/' },
  school: { pattern: 'scholen/[id]/', ids: 'scholen' },
  schoolFeed: { pattern: 'scholen/[id]/agenda.ics', ids: 'scholen' },
  trademark: { pattern: 'mbo030/' },
  trademarkRules: { pattern: 'mbo030/gebruik/' },
  trademarkDownloads: { pattern: 'mbo030/downloads/' },
  trademarkDownload: { pattern: 'mbo030/downloads/[file]' },
  ruleExample: { pattern: 'mbo030/voorbeelden/[name].svg' },
  spotted: { pattern: 'mbo030/gespot/' },
  badgeBuilder: { pattern: 'mbo030/badge/' },
  /** Badge files schools embed: versioned, cached for a year, loadable from any site. */
  badgeFile: { pattern: 'badge/v1/[...file]' },
  search: { pattern: 'zoeken/' },
  /** The Pagefind bundle (pagefind.js, index and fragments). */
  searchBundle: { pattern: 'pagefind/[...file]' },
  /** News feeds (RSS 2.0): stories and diary together, stories, diary, and per school. */
  feed: { pattern: 'rss.xml' },
  storiesFeed: { pattern: 'verhalen/rss.xml' },
  tourFeed: { pattern: 'mbo-tour-030/rss.xml' },
  schoolNewsFeed: { pattern: 'scholen/[id]/rss.xml', ids: 'scholen' },
  /** The 1200 × 630 image a link preview shows, per entry: `deelkaarten/verhalen/<id>.png`. */
  shareCard: { pattern: 'deelkaarten/[collection]/[id].png' },
  /** The editors' CMS (Sveltia), built apart from the site with its own headers; not in the sitemap or search. */
  admin: { pattern: 'admin/' },
  /** The CMS configuration, generated from the schemas at build time. */
  adminConfig: { pattern: 'admin/config.json' },
  /** The CMS's own scripts, fonts and workers. */
  adminFile: { pattern: 'admin/[...file]' },
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof routes;

/** The parameter names of a pattern: `agenda/[id].ics` → `id`. */
type Params<P extends string> = P extends `${string}[${infer Name}]${infer Rest}`
  ? (Name extends `...${infer N}` ? N : Name) | Params<Rest>
  : never;
export type RouteParams<N extends RouteName> = { [K in Params<(typeof routes)[N]['pattern']>]: string | number };

/** The site-relative path of a route: `path('story', { id: 'fleur' })` → `verhalen/fleur/`. */
export function path<N extends RouteName>(
  name: N,
  ...[params]: Params<(typeof routes)[N]['pattern']> extends never ? [] : [RouteParams<N>]
): string {
  return routes[name].pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, key: string) => {
    const value = (params as Record<string, string | number> | undefined)?.[key];
    if (value === undefined || value === '') throw new Error(`Route ${name}: ${key} ontbreekt`);
    return String(value);
  });
}

/** The part of a pattern before its first parameter: `badge/v1/[...file]` → `badge/v1/`. */
export function staticPrefix(name: RouteName): string {
  const p = routes[name].pattern;
  const i = p.indexOf('[');
  return i === -1 ? p : p.slice(0, i);
}

function regexFor(pattern: string): RegExp {
  const source = pattern
    .split(/(\[(?:\.\.\.)?\w+\])/)
    .map((part) => {
      const param = /^\[(\.\.\.)?(\w+)\]$/.exec(part);
      if (param) return param[1] ? `(?<${param[2]}>.+)` : `(?<${param[2]}>[^/]+?)`;
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

const compiled = (Object.keys(routes) as RouteName[]).map((name) => ({ name, re: regexFor(routes[name].pattern) }));

/**
 * The route a site-relative path belongs to, with its parameters. Fixed routes win
 * over patterns (`verhalen/` is the list, not a page called "verhalen").
 */
export function matchRoute(sitePath: string): { name: RouteName; params: Record<string, string> } | undefined {
  const hits = compiled.flatMap(({ name, re }) => {
    const m = re.exec(sitePath);
    return m ? [{ name, params: { ...m.groups } }] : [];
  });
  // The most specific route: fewest parameters, then the longest fixed text.
  hits.sort(
    (a, b) =>
      Object.keys(a.params).length - Object.keys(b.params).length ||
      staticPrefix(b.name).length - staticPrefix(a.name).length,
  );
  return hits[0];
}
