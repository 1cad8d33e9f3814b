/**
 * Browser gates on every page of the real build, served on 127.0.0.1 and
 * crawled from the sitemap, so a new page type is checked without a list.
 * Every page at 390 px: one cold load for layout shift, axe and (narrowed) reflow.
 * The checks per page type are fanned out in a few contexts at once
 * (tests/helpers/browser-lanes.ts).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { launchBrowser } from '../helpers/browser';
import { LANES, problemsOnPages } from '../helpers/browser-lanes';
import { inParallel } from '../helpers/in-parallel';
import { realPageTypes } from '../helpers/page-types';
import { sitemapPaths } from '../helpers/sitemap';
import { serve, type RunningServer } from '../helpers/static-server';
import {
  axeProblems,
  focusStyleProblems,
  imageSizeProblems,
  loadAxeInEveryPage,
  privacyProblems,
  recordFontBytes,
  recordRequests,
  reflowProblems,
} from '../gates/browser-checks';
import { BUDGET } from '../gates/budgets';
import { measureShift, shiftProblems, type ShiftReport } from '../gates/layout-shift';

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

/**
 * Every sitemap page at phone width, in one cold load each: the layout-shift gate's load
 * (tests/gates/layout-shift.ts: cache off, the web font held back until the page has
 * painted without it), then axe at 390 px, then the same page narrowed to 320 px for
 * sideways scrolling. One load serves three gates; at 1350 px and the other widths the
 * shift gate loads pages itself (tests/browser/layout-shift.test.ts).
 */
const everyPage: { axe390: string[]; reflow320: string[]; shift390: ShiftReport[] } = {
  axe390: [],
  reflow320: [],
  shift390: [],
};

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  // Every page at phone width (most readers, and where content-driven faults such as
  // alt text, link text and heading order show the same as on a desktop); at desktop
  // width one page of each page type, since what changes with width is the template.
  // Each page type is also loaded at 320 px and at 400 % zoom in
  // tests/browser/accessibility-claims.test.ts.
  const found: Record<number, string[]> = {};
  beforeAll(async () => {
    const afterLoad = async (page: Page, path: string) => {
      everyPage.axe390.push(...(await axeProblems(page)).map((p) => `${path}: ${p}`));
      await page.setViewportSize({ width: 320, height: 640 });
      everyPage.reflow320.push(...(await reflowProblems(page)).map((p) => `${path}: ${p}`));
    };
    everyPage.shift390 = await inParallel(paths, LANES, (path) =>
      measureShift(browser, server.url, path, 390, 'laat', {
        beforeLoad: loadAxeInEveryPage,
        afterLoad: (page) => afterLoad(page, path),
      }),
    );
    for (const list of [everyPage.axe390, everyPage.reflow320]) list.sort();
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

describe('layout shift at phone width', () => {
  it('no sitemap page moves at 390 px while a late font arrives', () => {
    expect(everyPage.shift390.length).toBe(paths.length);
    expect(everyPage.shift390.filter((r) => r.fontRequests === 0)).toEqual([]);
    expect(shiftProblems(everyPage.shift390)).toEqual([]);
  });
});

// The skip link and reduced motion are checked on every page type, with stricter checks beside
// them, in tests/browser/accessibility-claims.test.ts (the same functions, one load fewer each here).
describe('keyboard and zoom', () => {
  // Each page type is a newly loaded document, so keyboard focus starts at its top.
  const onEveryType = (options: BrowserContextOptions, check: (page: Page) => Promise<string[]>) =>
    problemsOnPages(browser, realPageTypes, options, async (page, { path }) => (await open(page, path), check(page)));

  it('on every page type every element that takes focus shows a visible focus style', async () => {
    expect(await onEveryType({}, (page) => focusStyleProblems(page))).toEqual([]);
  });

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
    expect(text).toMatch(/geen statistieken of tracking/i);
  });
});
