/**
 * Each gate fails on a page made to break it. The pages are written into a
 * temporary folder, so the real build is never touched.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { problemsOnPages } from '../helpers/browser-lanes';
import { serve, type RunningServer } from '../helpers/static-server';
import {
  axeProblems,
  imageSizeProblems,
  loadAxeInEveryPage,
  motionProblems,
  privacyProblems,
  recordRequests,
  reflowProblems,
  skipLinkProblems,
} from '../gates/browser-checks';
import { focusRingProblems } from '../gates/accessibility-claims';
import { budgetProblems, pageWeight } from '../gates/budgets';
import { htmlErrors } from '../gates/html-validation';
import { java, skipWithout } from '../helpers/system-tools';
import { brokenLinks } from '../gates/links';
import { measureShift, shiftProblems } from '../gates/layout-shift';
import { metadataProblems } from '../gates/metadata';

const SITE = 'https://kapot.example.nl';
const pageHtml = (path: string, body: string, head = '') => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Testpagina ${path}</title><meta name="description" content="Test">
<link rel="canonical" href="${SITE}${path}">
<meta property="og:title" content="T"><meta property="og:description" content="T"><meta property="og:url" content="${SITE}${path}"><meta property="og:image" content="${SITE}/beeld.png">
<style>a:focus-visible{outline:3px solid black}</style>${head}</head>
<body><a href="#inhoud">Direct naar de inhoud</a><main id="inhoud" tabindex="-1"><h1>Test</h1>${body}</main></body></html>`;

const pages: Record<string, string> = {
  '/': pageHtml('/', '<p>Een goede pagina.</p>'),
  '/geen-alt/': pageHtml('/geen-alt/', '<img src="/beeld.png" width="100" height="100">'),
  '/kapotte-link/': pageHtml('/kapotte-link/', '<a href="/bestaat-niet/">weg</a> <a href="#nergens">anker</a>'),
  '/extern-script/': pageHtml(
    '/extern-script/',
    '<p>Met tracker.</p><script src="https://cdn.example.com/tracker.js"></script>',
  ),
  '/te-zwaar/': pageHtml('/te-zwaar/', `<p>${randomBytes(60_000).toString('base64')}</p>`),
  '/geen-focus/': pageHtml(
    '/geen-focus/',
    '<a href="/" class="stil">Home</a>',
    '<style>.stil:focus-visible{outline:none}</style>',
  ),
  '/te-breed/': pageHtml('/te-breed/', '<div style="width:600px">breed</div>'),
  // Fits a phone of 390 px, not one of 320 px.
  '/te-breed-smal/': pageHtml('/te-breed-smal/', '<div style="width:350px">net te breed</div>'),
  '/beweegt/': pageHtml(
    '/beweegt/',
    '<p class="draai">draait</p>',
    '<style>@keyframes d{to{transform:rotate(1turn)}}.draai{animation:d 2s infinite}</style>',
  ),
  '/geen-skiplink/': pageHtml('/geen-skiplink/', '').replace(
    '<a href="#inhoud">Direct naar de inhoud</a>',
    '<a href="/">Home</a>',
  ),
  // The skip link is there, but <main> cannot take the focus: Chromium gives it to <body>.
  '/skiplink-zonder-doel/': pageHtml('/skiplink-zonder-doel/', '').replace(
    '<main id="inhoud" tabindex="-1">',
    '<main id="inhoud">',
  ),
  '/geen-canonical/': pageHtml('/geen-canonical/', '').replace(/<link rel="canonical"[^>]+>/, ''),
  // A web font with font-display: swap whose glyphs are far larger than the fallback's
  // (size-adjust): when the late font arrives, the heading grows and the paragraph jumps.
  '/verschuift/': pageHtml(
    '/verschuift/',
    `<h2 class="t">${'Utrechtse mbo-studenten op het podium '.repeat(4)}</h2><p id="eronder" style="height:400px">Deze alinea springt.</p>`,
    '<style>@font-face{font-family:T;src:url(/f.woff2) format("woff2");font-display:swap;size-adjust:250%}.t{font-family:T,monospace;font-size:32px}</style>',
  ),
  // A card centred beside a tall column (as the home page's wordmark card was): while the
  // HTML streams in, the card is drawn before its picture, and moves up when it grows.
  '/groeit-bij-laden/': pageHtml(
    '/groeit-bij-laden/',
    `<div class="rij"><div class="hoog">Links</div><div class="kaart"><svg viewBox="0 0 100 100" class="beeld" role="img" aria-label="Rood vlak"><rect width="100" height="100" fill="#b80c1f"/></svg></div></div>`,
    '<style>.rij{display:grid;grid-template-columns:1fr 1fr;align-items:center}.hoog{height:300px}.kaart{background:#eee;padding:8px}.beeld{display:block;width:100%}</style>',
  ),
  '/te-groot-beeld/': pageHtml(
    '/te-groot-beeld/',
    '<img src="/beeld.png" alt="Groot beeld in een klein vak" width="100" height="100" style="width:100px">',
  ),
};

let dir: string;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mbo030-kapot-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  }
  copyFileSync(
    createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2'),
    join(dir, 'f.woff2'),
  );
  await sharp({ create: { width: 1200, height: 1200, channels: 3, background: '#b80c1f' } })
    .png()
    .toFile(join(dir, 'beeld.png'));
  server = await serve(dir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function inBrowser<T>(
  path: string,
  fn: (page: Page, requests: string[]) => Promise<T>,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<T> {
  const context = await browser.newContext(options);
  const requests = recordRequests(context);
  await context.route(/^https:\/\/cdn\.example\.com\//, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${server.url}${path.slice(1)}`, { waitUntil: 'load' });
  try {
    return await fn(page, requests);
  } finally {
    await context.close();
  }
}

describe('every gate fails on a page made to break it', () => {
  it('axe: an image without alt text', async () => {
    // Axe sent into the page by the check itself.
    expect(await inBrowser('/', axeProblems)).toEqual([]);
    expect((await inBrowser('/geen-alt/', axeProblems)).join('\n')).toMatch(/image-alt/);
    // Axe loaded into every page by the context, as the real-site gate does: same finding, same page only.
    const open = async (page: Page, path: string) => {
      await page.goto(`${server.url}${path.slice(1)}`, { waitUntil: 'load' });
      const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
      return loaded ? axeProblems(page) : ['axe is niet door de context geladen'];
    };
    const found = await problemsOnPages(browser, ['/', '/geen-alt/'], {}, open, loadAxeInEveryPage);
    expect(found).toEqual([expect.stringMatching(/^\/geen-alt\/: image-alt \(critical\)/)]);
  });

  it('layout shift: a swap-font heading that re-wraps when the late font arrives', async () => {
    expect(shiftProblems([await measureShift(browser, server.url, '/', 390, 'laat')])).toEqual([]);
    // Twice, one load after the other in the gate's shared context: the second is as cold as the first.
    for (let load = 1; load <= 2; load++) {
      const report = await measureShift(browser, server.url, '/verschuift/', 390, 'laat');
      expect(report.fontRequests).toBe(1);
      expect(shiftProblems([report]).join('\n')).toMatch(
        /^\/verschuift\/ bij 390 px, lettertype laat: verschuiving 0\.\d+ \(bewogen: .*p#eronder/,
      );
    }
  });

  it('layout shift: a centred card that grows while the HTML streams in', async () => {
    const streamed = { streamed: true };
    expect(shiftProblems([await measureShift(browser, server.url, '/', 390, 'op tijd', streamed)])).toEqual([]);
    const problems = shiftProblems([
      await measureShift(browser, server.url, '/groeit-bij-laden/', 390, 'op tijd', streamed),
    ]);
    expect(problems.join('\n')).toMatch(
      /^\/groeit-bij-laden\/ bij 390 px, lettertype op tijd, HTML in stukken: .*div\.kaart/,
    );
    // Sent whole, the same page does not move: only the streamed load shows it.
    expect(shiftProblems([await measureShift(browser, server.url, '/groeit-bij-laden/', 390, 'op tijd')])).toEqual([]);
  });

  it.skipIf(skipWithout(java, 'de HTML-controle (vnu)'))(
    'HTML validation: an image without alt text is invalid HTML',
    () => {
      expect(htmlErrors(dir).join('\n')).toMatch(/geen-alt\/index\.html.*alt/);
    },
  );

  it('links: a link to a missing page and to a missing anchor', () => {
    const problems = brokenLinks(dir);
    expect(problems).toContain('/kapotte-link/: /bestaat-niet/ bestaat niet');
    expect(problems).toContain('/kapotte-link/: #nergens verwijst naar #nergens, maar dat anker bestaat niet');
  });

  it('privacy: an external script', async () => {
    const problems = await inBrowser('/extern-script/', async (page, requests) => {
      await expect
        .poll(() => requests.some((u) => u.startsWith('https://cdn.example.com/')), { timeout: 15_000 })
        .toBe(true);
      return privacyProblems(page, page.context(), requests, server.origin);
    });
    expect(problems).toContain('verzoek naar een andere partij: https://cdn.example.com/tracker.js');
  });

  it('privacy: a cookie and a localStorage key', async () => {
    const problems = await inBrowser('/', async (page, requests) => {
      await page.evaluate(() => {
        document.cookie = 'spoor=1; path=/';
        localStorage.setItem('bezoeker', '1');
      });
      return privacyProblems(page, page.context(), requests, server.origin);
    });
    expect(problems).toEqual(['cookies gezet: spoor', '1 sleutel(s) in localStorage of sessionStorage']);
  });

  it('budgets: an over-weight page and JavaScript on a content page, naming page and bytes', () => {
    const heavy = budgetProblems('verhaal', '/te-zwaar/', pageWeight(dir, '/te-zwaar/'), 'none');
    expect(heavy.join('\n')).toMatch(/^verhaal \(\/te-zwaar\/\): HTML \d+ bytes gzip, budget 30000$/);
    expect(budgetProblems('verhaal', '/extern-script/', pageWeight(dir, '/extern-script/'), 'none')).toEqual([
      'verhaal (/extern-script/): JavaScript van een andere partij: https://cdn.example.com/tracker.js',
    ]);
    const inline = budgetProblems('verhaal', '/x/', { html: 100, css: 100, js: 1 }, 'none');
    expect(inline).toEqual(['verhaal (/x/): JavaScript 1 bytes gzip, budget 0']);
    // The share element may take exactly 1 KB, not a byte more.
    expect(budgetProblems('verhaal', '/x/', { html: 100, css: 100, js: 1_024 }, 'share')).toEqual([]);
    expect(budgetProblems('verhaal', '/x/', { html: 100, css: 100, js: 1_025 }, 'share')).toEqual([
      'verhaal (/x/): JavaScript 1025 bytes gzip, budget 1024',
    ]);
  });

  it('keyboard: a missing skip link, one whose target takes no focus, and a link without a focus style', async () => {
    expect(await inBrowser('/', skipLinkProblems)).toEqual([]);
    expect(await inBrowser('/geen-skiplink/', skipLinkProblems)).toEqual(['eerste tabstop is /, niet de skiplink']);
    expect(await inBrowser('/skiplink-zonder-doel/', skipLinkProblems)).toEqual([
      'na de skiplink heeft body de focus, niet <main>',
    ]);
    expect((await inBrowser('/geen-focus/', (p) => focusRingProblems(p))).join('\n')).toMatch(
      /focus op a "Home" niet goed zichtbaar \(geen ring\)/,
    );
  });

  it('reflow: content wider than 320 px', async () => {
    expect(
      (await inBrowser('/te-breed/', reflowProblems, { viewport: { width: 320, height: 640 } })).join('\n'),
    ).toMatch(/^horizontaal scrollen: pagina is 6\d\dpx breed bij 320px$/);
    // As real-site.test.ts checks every page: loaded at 390 px (fits), then narrowed to 320 px.
    const narrowed = await inBrowser(
      '/te-breed-smal/',
      async (page) => {
        const at390 = await reflowProblems(page);
        await page.setViewportSize({ width: 320, height: 640 });
        return [...at390, ...(await reflowProblems(page))];
      },
      { viewport: { width: 390, height: 900 } },
    );
    expect(narrowed.join('\n')).toMatch(/^horizontaal scrollen: pagina is 3\d\dpx breed bij 320px$/);
  });

  it('motion: an animation that ignores reduced motion', async () => {
    expect(await inBrowser('/beweegt/', motionProblems, { reducedMotion: 'reduce' })).toContain(
      'CSSAnimation loopt op p',
    );
  });

  it('metadata: a page without a canonical URL', () => {
    expect(metadataProblems(dir, ['/', '/geen-canonical/'], SITE)).toEqual([
      `/geen-canonical/: canonical is (geen), verwacht ${SITE}/geen-canonical/`,
    ]);
  });

  it('images: an image far larger than its slot', async () => {
    expect(await inBrowser('/te-groot-beeld/', imageSizeProblems)).toEqual([
      'beeld.png is 1200px breed voor een vak van 100px',
    ]);
  });
});
