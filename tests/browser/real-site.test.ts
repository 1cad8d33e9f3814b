/**
 * Browser gates on every page of the real build, served on 127.0.0.1 and
 * crawled from the sitemap, so a new page type is checked without a list.
 * Each gate is fanned out over the pages in a few contexts at once
 * (tests/helpers/browser-lanes.ts).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { launchBrowser } from '../helpers/browser';
import { problemsOnPages } from '../helpers/browser-lanes';
import { realPageTypes } from '../helpers/page-types';
import { sitemapPaths } from '../helpers/sitemap';
import { serve, type RunningServer } from '../helpers/static-server';
import {
  axeProblems,
  imageSizeProblems,
  loadAxeInEveryPage,
  privacyProblems,
  recordFontBytes,
  recordRequests,
  reflowProblems,
} from '../gates/browser-checks';
import { BUDGET } from '../gates/budgets';

let server: RunningServer;
let browser: Browser;
let paths: string[];

beforeAll(async () => {
  server = await serve(sites.real);
  browser = await launchBrowser();
  paths = [...sitemapPaths(sites.real, TEST_SITE), '/404.html'];
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withPage<T>(
  options: Parameters<Browser['newContext']>[0],
  fn: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const open = (page: Page, path: string) => page.goto(`${server.url}${path.slice(1)}`, { waitUntil: 'load' });

/** Problems found on every sitemap page in one load each: axe at 390 px, then sideways scrolling at 320 px. */
const everyPage: { axe390: string[]; reflow320: string[] } = { axe390: [], reflow320: [] };

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  // Every page at phone width (most readers, and where content-driven faults such as
  // alt text, link text and heading order show the same as on a desktop); at desktop
  // width one page of each page type, since what changes with width is the template.
  // The same load of each page is then narrowed to 320 px for the reflow check below
  // (one load per page instead of two; each page type is also loaded at 320 px and at
  // 400 % zoom in tests/browser/accessibility-claims.test.ts).
  const found: Record<number, string[]> = {};
  beforeAll(async () => {
    await problemsOnPages(
      browser,
      paths,
      {},
      async (page, path) => {
        await page.setViewportSize({ width: 390, height: 900 });
        await open(page, path);
        everyPage.axe390.push(...(await axeProblems(page)).map((p) => `${path}: ${p}`));
        await page.setViewportSize({ width: 320, height: 640 });
        everyPage.reflow320.push(...(await reflowProblems(page)).map((p) => `${path}: ${p}`));
        return [];
      },
      loadAxeInEveryPage,
    );
    for (const list of Object.values(everyPage)) list.sort();
    found[390] = everyPage.axe390;
    found[1280] = await problemsOnPages(
      browser,
      realPageTypes,
      { viewport: { width: 1280, height: 900 } },
      async (page, { path }) => (await open(page, path), axeProblems(page)),
      loadAxeInEveryPage,
    );
  }, 600_000);
  it('at 390px wide, every page: zero violations', () => {
    expect(paths.length).toBeGreaterThan(30);
    expect(found[390]).toEqual([]);
  });
  it('at 1280px wide, one page of each type: zero violations', () => {
    expect(found[1280]).toEqual([]);
  });
});

// Focus (every stop in page order, a ring of at least 2 px with 3:1 contrast), the skip link and
// reduced motion are checked on every page type, at 1280 and 320 px, in
// tests/browser/accessibility-claims.test.ts; reflow at 320 px is checked here on every page.
describe('zoom', () => {
  it('at 400 % zoom (320 CSS px) no page scrolls sideways', () => {
    expect(everyPage.reflow320).toEqual([]);
  });
});

describe('privacy and weight in the browser', () => {
  it.concurrent.each(realPageTypes)(
    '$type: no third-party request, no cookie, no storage; fonts within budget; images sized to their slot',
    async ({ type, path }) => {
      const result = await withPage(
        { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
        async (page, context) => {
          const requests = recordRequests(context);
          const fonts = recordFontBytes(context);
          await open(page, path);
          const images = await imageSizeProblems(page);
          await page.waitForLoadState('networkidle');
          const privacy = await privacyProblems(page, context, requests, server.origin);
          console.log(`${type}: fonts ${fonts.total} B`);
          return { privacy, images, fonts: fonts.total };
        },
      );
      expect(result.privacy).toEqual([]);
      expect(result.images).toEqual([]);
      expect(result.fonts, `${type}: fonts ${result.fonts} bytes, budget ${BUDGET.fonts}`).toBeLessThanOrEqual(
        BUDGET.fonts,
      );
    },
  );

  it('/privacy/ says that the site collects nothing and sets no cookies', async () => {
    const text = await withPage({}, async (page) => (await open(page, '/privacy/'), page.locator('main').innerText()));
    expect(text).toMatch(/geen cookies/i);
    expect(text).toMatch(/geen statistieken en geen volgcodes/i);
  });
});
