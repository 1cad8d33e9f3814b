/**
 * The route map (src/lib/routes.ts) and src/pages/ describe the same site: every
 * file under src/pages/ is a route in the map; pagination.test.ts checks that every route
 * in the map is built.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../src/lib/routes';

const pagesDir = join(import.meta.dirname, '../../src/pages');

/** A site path that a file under src/pages/ produces, with its parameters filled in: `agenda/[id].ics.ts` → `agenda/x.ics`. */
function samplePath(file: string): string {
  const withoutExt = file.replace(/\.(astro|ts)$/, '');
  const page = file.endsWith('.astro')
    ? withoutExt === 'index' || withoutExt.endsWith('/index')
      ? withoutExt.replace(/index$/, '')
      : withoutExt === '404'
        ? '404.html'
        : `${withoutExt}/`
    : withoutExt;
  return page.replace(/\[(?:\.\.\.)?\w+\]/g, 'x1');
}

describe('route map', () => {
  const files = readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(astro|ts)$/.test(d.name) && !d.name.endsWith('.test.ts'))
    .map((d) => relative(pagesDir, join(d.parentPath, d.name)));

  it.each(files)('src/pages/%s is a route in the map', (file) => {
    expect(matchRoute(samplePath(file)), samplePath(file)).toBeDefined();
  });

  // That every route of the map is built is checked on the paged fixture build (pagination.test.ts).
});
