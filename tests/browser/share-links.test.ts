/**
 * The "Deel" block on a story page, served like production. Without
 * JavaScript: plain links that load nothing from other sites. With the Web
 * Share API (stubbed: headless Chromium has none): one "Delen" button that
 * shares the page's title and address, in the same place, so nothing on the
 * page moves. Without it: the links stay, and "Link naar deze pagina" copies.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { launchBrowser } from '../helpers/browser';
import { serve, type RunningServer } from '../helpers/static-server';

let browser: Browser;
let server: RunningServer;
const PATH = 'verhalen/anna-verhaal/';
const URL_OF_PAGE = `${TEST_SITE}/${PATH}`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(sites.fixture)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options: BrowserContextOptions, init?: () => void) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  // The same fonts in every load (the fallback face), so two loads compare: with font-display
  // optional, whether the web font is used depends on how fast it arrives (tests/browser/layout-shift.test.ts).
  await context.route(/\.(woff2?|ttf|otf)(\?|$)/, (route) => route.abort());
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => !r.url().startsWith(server.origin) && foreign.push(r.url()));
  await page.goto(`${server.url}${PATH}`, { waitUntil: 'load' });
  return { context, page, foreign };
}

/** Where the block and what follows it sit, and which controls are visible. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const block = document.querySelector('share-links')!;
    // Everything below the block moves if the block changes height: the footer shows it.
    const after = document.querySelector('body > footer, footer')!;
    const visible = (el: Element | null) =>
      !!el &&
      getComputedStyle(el).visibility === 'visible' &&
      !(el as HTMLElement).hidden &&
      (el as HTMLElement).offsetParent !== null;
    return {
      block: {
        ...(block.getBoundingClientRect().toJSON() as DOMRect),
        y: block.getBoundingClientRect().top + window.scrollY,
        top: block.getBoundingClientRect().top + window.scrollY,
        bottom: block.getBoundingClientRect().bottom + window.scrollY,
      },
      after: after.getBoundingClientRect().top + window.scrollY,
      links: [...block.querySelectorAll('ul a')].filter(visible).map((a) => a.textContent),
      button: visible(block.querySelector('button')),
    };
  });

describe('Deel', () => {
  it('without JavaScript: plain links to WhatsApp, LinkedIn, e-mail and the page, and no request to another site', async () => {
    const { context, page, foreign } = await open({ javaScriptEnabled: false });
    try {
      const l = await layout(page);
      expect(l.links).toEqual(['WhatsApp', 'LinkedIn', 'E-mail', 'Link naar deze pagina']);
      expect(l.button).toBe(false);
      const hrefs = await page.locator('share-links ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([
        `https://wa.me/?text=${encodeURIComponent(`Het verhaal van Anna ${URL_OF_PAGE}`)}`,
        `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(URL_OF_PAGE)}`,
        `mailto:?subject=${encodeURIComponent('Het verhaal van Anna')}&body=${encodeURIComponent(`Het verhaal van Anna\n\n${URL_OF_PAGE}`)}`,
        URL_OF_PAGE,
      ]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('with the Web Share API: one "Delen" button in the same place, sharing title and address; nothing moves', async () => {
    const plain = await open({ javaScriptEnabled: false });
    const before = await layout(plain.page);
    await plain.context.close();
    const { context, page, foreign } = await open({}, () => {
      const shared: unknown[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: (data: unknown) => Promise.resolve(void shared.push(data)) });
      const record = window as unknown as { shift?: number };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          record.shift = (record.shift ?? 0) + (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    try {
      const after = await layout(page);
      expect(after.button).toBe(true);
      expect(after.links).toEqual([]);
      expect(after.block).toEqual(before.block);
      expect(after.after).toBe(before.after);
      await page.getByRole('button', { name: 'Delen' }).click();
      expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
        { title: 'Het verhaal van Anna', url: URL_OF_PAGE },
      ]);
      expect(await page.evaluate(() => (window as unknown as { shift?: number }).shift ?? 0)).toBe(0);
      expect(foreign).toEqual([]);
      // The check sees a move: with the button in the flow instead of over the links, what follows shifts down.
      await page.evaluate(() => document.querySelector('share-links button')!.classList.remove('absolute'));
      expect((await layout(page)).after).toBeGreaterThan(before.after);
    } finally {
      await context.close();
    }
  });

  it('without the Web Share API: the links stay and "Link naar deze pagina" copies the address', async () => {
    const { context, page } = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const l = await layout(page);
      expect(l.button).toBe(false);
      expect(l.links).toHaveLength(4);
      await page.getByRole('link', { name: 'Link naar deze pagina' }).click();
      await expect
        .poll(() => page.locator('share-links [role=status]').innerText(), { timeout: 5_000 })
        .toBe('De link is gekopieerd.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(URL_OF_PAGE);
      expect(page.url()).toBe(`${server.url}${PATH}`);
    } finally {
      await context.close();
    }
  });
});
