/**
 * Site search (Pagefind) in Chromium, on the fixture build, the same fixture
 * under /mbo030/ and the real build: ranking, filters, the URL as state,
 * working result links, Dutch word forms, and the header form without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sites } from '../helpers/astro-run';
import { launchBrowser } from '../helpers/browser';
import { readResults, resultCount, searchFor } from '../helpers/search';
import { serve, type RunningServer } from '../helpers/static-server';
import { axeProblems, reflowProblems } from '../gates/browser-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage<T>(fn: (page: Page) => Promise<T>, javaScriptEnabled = true): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const out = await fn(page);
    expect(errors).toEqual([]);
    return out;
  } finally {
    await context.close();
  }
}

/** Every result link answers 200 and is a page of this site under its base path. */
async function expectLinksWork(links: string[], server: RunningServer) {
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(link.startsWith(server.url), `${link} ligt buiten ${server.url}`).toBe(true);
    const res = await fetch(link);
    expect(res.status, link).toBe(200);
  }
}

describe('search on the fixture build', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve(sites.fixture);
  });
  afterAll(() => server?.close());

  it('puts the page that matches best first', () =>
    withPage(async (page) => {
      const r = await searchFor(page, server.url, '?q=wielerronde');
      expect(r.titles[0]).toBe('Wielerronde');
      expect(r.kinds[0]).toBe('Evenement');
      expect(r.status).toMatch(/^\d+ resulta(at|ten) voor ‘wielerronde’\.$/);
    }));

  it('runs the search in the URL on load, fills the form and links to existing pages', () =>
    withPage(async (page) => {
      const r = await searchFor(page, server.url, '?q=alfa&soort=evenement');
      expect(await page.inputValue('#zoekterm')).toBe('alfa');
      expect(await page.inputValue('#filter-soort')).toBe('evenement');
      expect(r.kinds.every((k) => k === 'Evenement')).toBe(true);
      await expectLinksWork(r.links, server);
    }));

  it.each([
    ['soort', 'evenement'],
    ['school', 'Beta School'],
    ['sector', 'ict'],
    ['jaar', '2020'],
  ])('the filter %s=%s narrows the results to pages that carry it', (key, value) =>
    withPage(async (page) => {
      const all = await searchFor(page, server.url, '?q=alfa');
      const narrowed = await searchFor(page, server.url, `?q=alfa&${key}=${encodeURIComponent(value)}`);
      expect(resultCount(narrowed.status)).toBeGreaterThan(0);
      expect(resultCount(narrowed.status)).toBeLessThan(resultCount(all.status));
      for (const link of narrowed.links) {
        const html = await (await fetch(link)).text();
        expect(html, link).toContain(`data-pagefind-filter="${key}">${value.replace('&', '&amp;')}</span>`);
      }
    }),
  );

  it('changes the URL as the reader types and filters, so the back button and sharing work', () =>
    withPage(async (page) => {
      await page.goto(`${server.url}zoeken/`);
      await page.fill('#zoekterm', 'anna');
      await readResults(page);
      await page.locator('summary').click();
      await page.selectOption('#filter-sector', 'ict');
      await page.waitForURL(/sector=ict/);
      expect(new URL(page.url()).search).toBe('?q=anna&sector=ict');
      const r = await readResults(page);
      await page.click(`a[href="${new URL(r.links[0]!).pathname}"]`);
      await page.waitForURL((u) => !u.pathname.startsWith('/zoeken/'));
      await page.goBack();
      const back = await readResults(page);
      expect(back.titles).toEqual(r.titles);
      expect(await page.inputValue('#zoekterm')).toBe('anna');
    }));

  it('announces the count in a live region and is usable by keyboard', () =>
    withPage(async (page) => {
      await page.goto(`${server.url}zoeken/`);
      expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
      await page.focus('#zoekterm');
      await page.keyboard.type('anna');
      await page.keyboard.press('Enter');
      const r = await readResults(page);
      expect(r.status).toMatch(/resulta/);
      // Tab from the search box reaches the first result link without a trap.
      let reached = false;
      for (let i = 0; i < 20 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(
          (href) => (document.activeElement as HTMLAnchorElement | null)?.href === href,
          r.links[0],
        );
      }
      expect(reached).toBe(true);
    }));

  it('shows results that pass axe and fit a 320 px screen', () =>
    withPage(async (page) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await searchFor(page, server.url, '?q=alfa&sorteer=nieuwste');
      expect(await axeProblems(page)).toEqual([]);
      expect(await reflowProblems(page)).toEqual([]);
    }));

  it('finds nothing of the pages that must not be found', () =>
    withPage(async (page) => {
      const r = await searchFor(page, server.url, '?q=bestaat+niet+meer');
      expect(r.links.some((l) => l.includes('404'))).toBe(false);
      const self = await searchFor(page, server.url, '?q=tourdagboek');
      expect(self.links.some((l) => l.includes('/zoeken/'))).toBe(false);
    }));

  it('downloads no search code on other pages until the reader searches', () =>
    withPage(async (page) => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(server.url);
      await page.goto(`${server.url}verhalen/`);
      expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    }));
});

describe('search without JavaScript', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve(sites.fixture);
  });
  afterAll(() => server?.close());

  it('the header form opens /zoeken/?q=… and the page explains search needs JavaScript, with links', () =>
    withPage(async (page) => {
      await page.goto(`${server.url}verhalen/`);
      await page.fill('#zoek-kop', 'anna');
      await Promise.all([page.waitForURL(/\/zoeken\/\?q=anna$/), page.press('#zoek-kop', 'Enter')]);
      const notice = page.locator('[data-search-notice]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('Zoeken werkt met JavaScript');
      const links = await notice.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length).toBe(5);
      for (const l of links) expect((await fetch(l)).status).toBe(200);
    }, false));
});

describe('search under a base path (/mbo030/)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve(sites.fixtureBase, '/mbo030/');
  });
  afterAll(() => server?.close());

  it('loads the bundle and returns result links and thumbnails under the base path', () =>
    withPage(async (page) => {
      const r = await searchFor(page, server.url, '?q=alfa');
      await expectLinksWork(r.links, server);
      const thumbs = await page.$$eval('[data-search-results] img', (imgs) =>
        imgs.map((i) => (i as HTMLImageElement).src),
      );
      expect(thumbs.length).toBeGreaterThan(0);
      for (const t of thumbs) {
        expect(t.startsWith(`${server.url}_astro/`), t).toBe(true);
        expect((await fetch(t)).status).toBe(200);
      }
    }));

  it('the header form points at /mbo030/zoeken/', () =>
    withPage(async (page) => {
      await page.goto(server.url);
      expect(await page.getAttribute('form[role=search]', 'action')).toBe('/mbo030/zoeken/');
    }));
});

describe('search on the real build (Dutch word forms, short names)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve(sites.real);
  });
  afterAll(() => server?.close());

  it.each([
    ['a name', '?q=fleur', 'Fleur'],
    ["a school's short name", '?q=GLU', 'Grafisch Lyceum Utrecht'],
    ["another school's short name", '?q=ROC+MN', 'ROC Midden Nederland'],
    ['an event', '?q=vuelta', 'De Vuelta in Utrecht'],
  ])('%s: %s finds “%s” first', (_what, query, title) =>
    withPage(async (page) => {
      const r = await searchFor(page, server.url, query);
      expect(r.titles[0]).toBe(title);
      await expectLinksWork(r.links, server);
    }),
  );

  it('a plural finds the singular: “verhalen” finds a page whose text only says “verhaal”', () =>
    withPage(async (page) => {
      const r = await searchFor(page, server.url, '?q=verhalen&soort=pagina');
      expect(r.titles).toContain('Privacy');
      const main = parse(readFileSync(`${sites.real}/privacy/index.html`, 'utf8')).querySelector('main')!;
      for (const ignored of main.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
      expect(main.textContent).toMatch(/verhaal/i);
      expect(main.textContent).not.toMatch(/verhalen/i);
    }));

  it('accents are optional: “orienteren” finds “oriënteren”', () =>
    withPage(async (page) => {
      const plain = await searchFor(page, server.url, '?q=orienteren');
      const accented = await searchFor(page, server.url, '?q=ori%C3%ABnteren');
      expect(plain.titles.length).toBeGreaterThan(0);
      expect(plain.titles).toEqual(accented.titles);
    }));
});
