/**
 * The badge on someone else's website: a page on a different loopback origin,
 * with a strict Content Security Policy, embeds every snippet the builder
 * offers. Each image loads, the console stays clean, nothing shifts. And the
 * builder's copy button copies exactly the code it shows.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { launchBrowser } from '../helpers/browser';
import { serve, type RunningServer } from '../helpers/static-server';

let browser: Browser;
let site: RunningServer;
let schoolSite: Server;
let schoolUrl: string;
const listed = parse(readFileSync(`${sites.fixture}/mbo030/badge/index.html`, 'utf8'))
  .querySelectorAll('[data-snippet]')
  .map((p) => p.textContent);

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serve(sites.fixture);
  const snippets = listed.map((s) => s.replaceAll(`${TEST_SITE}/`, site.url));
  // A school's page as a CMS would render it: text around each badge, so a badge without a size would push it down.
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Onze school</title></head><body><h1>Onze school doet mee</h1>${snippets.map((s) => `<p>Tekst boven de badge.</p>${s}<p>Tekst onder de badge.</p>`).join('')}</body></html>`;
  schoolSite = createServer((_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; img-src ${site.origin}; style-src 'unsafe-inline'`,
    });
    res.end(html);
  });
  await new Promise<void>((r) => schoolSite.listen(0, 'localhost', r));
  schoolUrl = `http://localhost:${(schoolSite.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  schoolSite?.close();
});

describe('every snippet on a school’s website with a strict CSP', () => {
  it('loads every badge, logs no error and shifts nothing', async () => {
    expect(listed.length).toBeGreaterThan(50);
    const context = await browser.newContext({ viewport: { width: 1280, height: 40_000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
          (window as unknown as { shift: number }).shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(schoolUrl);
    expect(new URL(page.url()).origin).not.toBe(site.origin);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 20_000 });
    const images = await page.$$eval('img', (imgs) =>
      imgs.map((i) => ({
        src: i.currentSrc,
        natural: i.naturalWidth,
        shown: i.getBoundingClientRect().width,
        attr: i.width,
      })),
    );
    expect(images).toHaveLength(listed.length);
    for (const img of images) {
      expect(img.natural, img.src).toBeGreaterThan(0);
      expect(img.shown, img.src).toBe(img.attr);
    }
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the badge builder', () => {
  it('copies exactly the snippet it shows, and that snippet is one of the listed ones', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.url}mbo030/badge/?school=beta-school`);
    expect(await page.inputValue('#badge-school')).toBe('beta-school');
    for (const [variant, size, png] of [
      ['school', 'normaal', false],
      ['donker', 'groot', true],
      ['vierkant', 'groot', false],
    ] as const) {
      await page.selectOption('#badge-variant', variant);
      // The square badge has no Klein: its mark would be under the rules' 80 px.
      expect(await page.isDisabled('input[name=maat][value=klein]')).toBe(variant === 'vierkant');
      await page.check(`input[name=maat][value=${size}]`);
      await page.setChecked('input[name=png]', png);
      const shown = await page.inputValue('#badge-code');
      await page.click('[data-copy]');
      await page.waitForFunction(() =>
        document.querySelector('[data-copy-status]')!.textContent.startsWith('Gekopieerd'),
      );
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
      expect(listed).toContain(shown);
      // The preview is the same snippet, loaded from this site.
      const preview = await page.$eval('[data-preview] img', (i) => ({
        natural: (i as HTMLImageElement).naturalWidth,
        src: (i as HTMLImageElement).src,
      }));
      expect(preview.src.startsWith(site.url)).toBe(true);
      await page.waitForFunction(
        () => (document.querySelector('[data-preview] img') as HTMLImageElement).naturalWidth > 0,
      );
    }
    await context.close();
  });

  it('without JavaScript shows the full list instead of the builder', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}mbo030/badge/`);
    expect(await page.isVisible('form[data-builder]')).toBe(false);
    await page.click('summary >> nth=1');
    expect(await page.isVisible('[data-snippet] >> nth=0')).toBe(false); // first details stays closed
    expect(await page.locator('details').nth(1).locator('[data-snippet]').first().isVisible()).toBe(true);
    await context.close();
  });
});
