/**
 * Zero layout shift on the real build: every sitemap page at 390 and 1350 px
 * with the web font late, and one page of each type at six widths with the font
 * late and never arriving, and one page of each route while its HTML streams in
 * piece by piece. A fresh page per load with its cache off: every load asks for
 * the font again (`fontRequests`), so a late font is late in each.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchRoute } from '../../src/lib/routes';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { launchBrowser } from '../helpers/browser';
import { realPageTypes } from '../helpers/page-types';
import { sitemapPaths } from '../helpers/sitemap';
import { serve, type RunningServer } from '../helpers/static-server';
import { measureShift, shiftProblems, type FontTiming } from '../gates/layout-shift';
import { inParallel } from '../helpers/in-parallel';

const WIDTHS = [320, 390, 768, 1024, 1350, 1440];
/** Loads at a time: most of a load is waiting for the held-back font. */
const PARALLEL = 8;

/** The first of `paths` for each route of the route map (so a chosen page type comes first). */
const onePerRoute = (paths: string[]) => {
  const first = new Map<string, string>();
  for (const path of paths) {
    const route = matchRoute(path.slice(1))?.name ?? path;
    if (!first.has(route)) first.set(route, path);
  }
  return [...first.values()];
};

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(sites.real);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('layout shift', () => {
  it('no sitemap page moves at 390 or 1350 px while a late font arrives', async () => {
    const paths = sitemapPaths(sites.real, TEST_SITE);
    const jobs = paths.flatMap((path) => [390, 1350].map((width) => ({ path, width })));
    const reports = await inParallel(jobs, PARALLEL, ({ path, width }) =>
      measureShift(browser, server.url, path, width, 'laat'),
    );
    expect(reports.length).toBeGreaterThan(100);
    expect(reports.filter((r) => r.fontRequests === 0)).toEqual([]);
    expect(shiftProblems(reports)).toEqual([]);
  }, 600_000);

  it('no page of any route moves while its HTML streams in, at 390 and 1350 px', async () => {
    const paths = onePerRoute([...realPageTypes.map((t) => t.path), ...sitemapPaths(sites.real, TEST_SITE)]);
    expect(paths.length).toBeGreaterThan(15);
    const jobs = paths.flatMap((path) => [390, 1350].map((width) => ({ path, width })));
    const reports = await inParallel(jobs, PARALLEL, ({ path, width }) =>
      measureShift(browser, server.url, path, width, 'op tijd', { streamed: true }),
    );
    expect(reports.filter((r) => r.fontRequests === 0)).toEqual([]);
    expect(shiftProblems(reports)).toEqual([]);
  }, 600_000);

  // Every type page is a sitemap page, so with a late font 390 and 1350 px are covered above.
  const sweeps: [FontTiming, number[]][] = [
    ['laat', WIDTHS.filter((w) => w !== 390 && w !== 1350)],
    ['nooit', WIDTHS],
  ];
  it.each(sweeps)(
    'no page type moves, font %s, at %j px',
    async (fonts, widths) => {
      const jobs = realPageTypes.flatMap(({ path }) => widths.map((width) => ({ path, width })));
      const reports = await inParallel(jobs, PARALLEL, ({ path, width }) =>
        measureShift(browser, server.url, path, width, fonts),
      );
      expect(reports.filter((r) => r.fontRequests === 0)).toEqual([]);
      expect(shiftProblems(reports)).toEqual([]);
    },
    600_000,
  );
});
