/**
 * Browser gates on every page of the real build, served on 127.0.0.1 and
 * crawled from the sitemap, so a new page type is checked without a list.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { launchBrowser } from '../helpers/browser';
import { realPageTypes } from '../helpers/page-types';
import { sitemapPaths } from '../helpers/sitemap';
import { serve, type RunningServer } from '../helpers/static-server';
import {
  axeProblems,
  focusStyleProblems,
  imageSizeProblems,
  motionProblems,
  privacyProblems,
  recordFontBytes,
  recordRequests,
  reflowProblems,
  skipLinkProblems,
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

async function withPage<T>(options: Parameters<Browser['newContext']>[0], fn: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const open = (page: Page, path: string) => page.goto(`${server.url}${path.slice(1)}`, { waitUntil: 'load' });

/** Runs one check on every sitemap page at a viewport width; problems are prefixed with the page. */
async function onEveryPage(width: number, height: number, check: (page: Page) => Promise<string[]>): Promise<string[]> {
  return withPage({ viewport: { width, height } }, async (page) => {
    const found: string[] = [];
    for (const path of paths) {
      await open(page, path);
      found.push(...(await check(page)).map((p) => `${path}: ${p}`));
    }
    return found;
  });
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  // Every page at phone width (most readers, and where content-driven faults such as
  // alt text, link text and heading order show the same as on a desktop); at desktop
  // width one page of each page type, since what changes with width is the template.
  // Both at once, each in its own context (its own renderer process).
  const found: Record<number, string[]> = {};
  beforeAll(async () => {
    const wide = () =>
      withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
        const out: string[] = [];
        for (const { path } of realPageTypes) out.push(...(await (await open(page, path), axeProblems(page))).map((p) => `${path}: ${p}`));
        return out;
      });
    const [narrow, desktop] = await Promise.all([onEveryPage(390, 900, axeProblems), wide()]);
    Object.assign(found, { 390: narrow, 1280: desktop });
  }, 600_000);
  it('at 390px wide, every page: zero violations', () => {
    expect(found[390]).toEqual([]);
  });
  it('at 1280px wide, one page of each type: zero violations', () => {
    expect(found[1280]).toEqual([]);
  });
});

describe('keyboard, zoom and motion', () => {
  it.each(realPageTypes)('$type: the skip link is the first tab stop and moves focus to <main>', async ({ path }) => {
    expect(await withPage({}, async (page) => (await open(page, path), skipLinkProblems(page)))).toEqual([]);
  });

  it.each(realPageTypes)('$type: every element that takes focus shows a visible focus style', async ({ path }) => {
    expect(await withPage({}, async (page) => (await open(page, path), focusStyleProblems(page)))).toEqual([]);
  });

  it('at 400 % zoom (320 CSS px) no page scrolls sideways', async () => {
    expect(await onEveryPage(320, 640, reflowProblems)).toEqual([]);
  });

  it.each(realPageTypes)('$type: with reduced motion nothing animates', async ({ path }) => {
    expect(await withPage({ reducedMotion: 'reduce' }, async (page) => (await open(page, path), motionProblems(page)))).toEqual([]);
  });
});

describe('privacy and weight in the browser', () => {
  it.each(realPageTypes)('$type: no third-party request, no cookie, no storage; fonts within budget; images sized to their slot', async ({ type, path }) => {
    const result = await withPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }, async (page, context) => {
      const requests = recordRequests(context);
      const fonts = recordFontBytes(context);
      await open(page, path);
      const images = await imageSizeProblems(page);
      await page.waitForLoadState('networkidle');
      const privacy = await privacyProblems(page, context, requests, server.origin);
      console.log(`${type}: fonts ${fonts.total} B`);
      return { privacy, images, fonts: fonts.total };
    });
    expect(result.privacy).toEqual([]);
    expect(result.images).toEqual([]);
    expect(result.fonts, `${type}: fonts ${result.fonts} bytes, budget ${BUDGET.fonts}`).toBeLessThanOrEqual(BUDGET.fonts);
  });

  it('/privacy/ says that the site collects nothing and sets no cookies', async () => {
    const text = await withPage({}, async (page) => (await open(page, '/privacy/'), page.locator('main').innerText()));
    expect(text).toMatch(/geen cookies/i);
    expect(text).toMatch(/geen statistieken of tracking/i);
  });
});
