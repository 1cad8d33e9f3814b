/** The pages a built site lists in its sitemap, as paths relative to the base (`/verhalen/x/`). */
import { readFileSync } from 'node:fs';

export function sitemapPaths(dir: string, site: string, base = '/'): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const prefix = `${site}${base}`;
  const local = (url: string) => {
    if (!url.startsWith(prefix)) throw new Error(`sitemap URL ${url} lies outside ${prefix}`);
    return `/${url.slice(prefix.length)}`;
  };
  const index = readFileSync(`${dir}/sitemap-index.xml`, 'utf8');
  return locs(index)
    .flatMap((sitemap) => locs(readFileSync(`${dir}${local(sitemap)}`, 'utf8')))
    .map(local)
    .sort();
}
