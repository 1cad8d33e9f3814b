/**
 * Gate: every page has a unique title, a meta description, a canonical URL
 * that matches its own location, and Open Graph tags whose image exists.
 */
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { fileFor, text } from '../helpers/dist';

export function metadataProblems(dir: string, paths: string[], site: string, base = '/'): string[] {
  const problems: string[] = [];
  const titles = new Map<string, string>();
  for (const path of paths) {
    const file = fileFor(dir, path);
    if (!file) {
      problems.push(`${path}: pagina ontbreekt`);
      continue;
    }
    const doc = parse(readFileSync(file, 'utf8'));
    const title = text(doc.querySelector('title'));
    if (!title) problems.push(`${path}: geen <title>`);
    else if (titles.has(title)) problems.push(`${path}: zelfde titel als ${titles.get(title)} ("${title}")`);
    else titles.set(title, path);
    if (!doc.querySelector('meta[name=description]')?.getAttribute('content'))
      problems.push(`${path}: geen meta description`);
    const expected = `${site}${base}${path.slice(1)}`;
    const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
    if (canonical !== expected) problems.push(`${path}: canonical is ${canonical ?? '(geen)'}, verwacht ${expected}`);
    for (const prop of ['og:title', 'og:description', 'og:image', 'og:url']) {
      if (!doc.querySelector(`meta[property="${prop}"]`)?.getAttribute('content'))
        problems.push(`${path}: geen ${prop}`);
    }
    const og = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
    if (og) {
      const url = new URL(og);
      if (
        `${url.origin}` !== new URL(site).origin ||
        !url.pathname.startsWith(base) ||
        !fileFor(dir, `/${url.pathname.slice(base.length)}`)
      ) {
        problems.push(`${path}: og:image ${og} bestaat niet in de build`);
      }
    }
  }
  return problems;
}
