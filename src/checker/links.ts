/**
 * Links and images in running text: does the target exist? Pages are looked up
 * in the route map (lib/routes), so the checker knows exactly the URLs the
 * build makes. One rule for Markdown links and <Knop>: a page of this site is
 * linked relative to the page the text is on, never from the root with `/`.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { matchRoute, routes, type Route } from '../lib/routes';
import { eventCategories } from '../lib/vocabulary';

/** What exists besides the routes themselves: entry ids per collection, and events with a known day. */
export interface KnownContent {
  ids: Partial<Record<string, Set<string>>>;
  /** Events with a known day: the only ones with a calendar file. */
  dayEvents: Set<string>;
}

/** Whether a site-relative path (`agenda/`, `verhalen/x/`) is a page or file the build makes. */
export function siteHas(sitePath: string, known: KnownContent): boolean {
  for (const candidate of sitePath.endsWith('/') || sitePath === '' ? [sitePath] : [sitePath, `${sitePath}/`]) {
    const m = matchRoute(candidate);
    if (!m) continue;
    const route: Route = routes[m.name];
    if (m.name === 'eventFile') return known.dayEvents.has(m.params.id!);
    if (m.name === 'agendaCategory') return (eventCategories as readonly string[]).includes(m.params.categorie!);
    if (m.name === 'agendaArchive') return /^\d{4}$/.test(m.params.jaar!);
    if (m.name === 'storiesPage' || m.name === 'ambassadorsPage') return /^[1-9]\d*$/.test(m.params.n!);
    // The trademark's own page is content/paginas/mbo030 but lives at mbo030/, not at a page route.
    if (m.name === 'page' && m.params.id === 'mbo030') return false;
    if (route.ids) return known.ids[route.ids]?.has(m.params.id!) ?? false;
    return true;
  }
  return false;
}

/** A Dutch problem with a link or image in the text, or undefined when it is fine. */
export function linkProblem(
  url: string,
  kind: 'link' | 'image' | 'knop',
  page: string,
  file: string,
  known: KnownContent,
): string | undefined {
  if (/^http:\/\//i.test(url))
    return `Deze link begint met http://. Gebruik https:// (${url.replace(/^http:/i, 'https:')}), dan is de verbinding veilig.`;
  if (/^(https:|mailto:|tel:|#)/i.test(url)) return undefined;
  if (/^[a-z]+:/i.test(url))
    return `Deze link (${url}) kan niet. Gebruik een https://-adres of een pagina van deze site.`;
  // "www.mitros.nl" is another site without its https://, not a page of this one.
  if (kind !== 'image' && /^www\.[^/\s]+\.[a-z]{2,}/i.test(url))
    return `Een link naar een andere site begint met https://. Schrijf https://${url}.`;
  if (kind === 'image')
    return existsSync(resolve(dirname(file), url.split(/[?#]/)[0]!))
      ? undefined
      : `De afbeelding ${url} bestaat niet. Zet hem in content/afbeeldingen/ en controleer de naam.`;
  const path = url.split(/[?#]/)[0]!;
  const target = new URL(path, `https://site/${page}`).pathname.slice(1);
  const known_ = siteHas(target, known);
  if (url.startsWith('/')) {
    return `Begin een link naar deze site niet met /: die werkt niet als de site in een submap staat. Schrijf ${relativeLink(page, target)}${known_ ? '' : ` (en let op: de pagina /${target} bestaat niet)`}.`;
  }
  if (!known_) return `De pagina /${target} bestaat niet op deze site. Controleer de link (${url}).`;
  return undefined;
}

/** The relative link from one page to another: from verhalen/x/ to agenda/ is ../../agenda/. */
export function relativeLink(from: string, to: string): string {
  const depth = from.split('/').filter(Boolean).length;
  return `${'../'.repeat(depth)}${to}`;
}
