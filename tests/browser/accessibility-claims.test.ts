/**
 * Every claim on /toegankelijkheid/, tested on one page of each page type of the
 * real build (tests/helpers/page-types.ts), served with the production headers:
 * reflow at 320 CSS px and at 400 % zoom of 1280 px, text spacing, the keyboard,
 * reduced motion, no JavaScript and forced colours. The checks live in
 * tests/gates/accessibility-claims.ts; the last block shows each of them fail on
 * a page made to break it. Page types run side by side, each in its own context.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sites } from '../helpers/astro-run';
import { launchBrowser, sharedContext } from '../helpers/browser';
import { realPageTypes } from '../helpers/page-types';
import { serve, type RunningServer } from '../helpers/static-server';
import { motionProblems, skipLinkProblems } from '../gates/browser-checks';
import {
  applyTextSpacing,
  clippedContentProblems,
  focusPixelProblems,
  focusRingProblems,
  forcedColourProblems,
  keyboardProblems,
  mainTexts,
  missingWithoutJs,
  sameOriginLinks,
  smoothScrollProblems,
  tabOrderProblems,
} from '../gates/accessibility-claims';
import { reflowProblems } from '../gates/browser-checks';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([serve(sites.real), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function onPage<T>(
  base: string,
  path: string,
  options: BrowserContextOptions,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  // A new page in a context kept for these options (tests/helpers/browser.ts); no claim needs a cold cache.
  const page = await (await sharedContext(browser, options)).newPage();
  try {
    await page.goto(`${base}${path.slice(1)}`, { waitUntil: 'load' });
    return await fn(page);
  } finally {
    await page.close();
  }
}

/** Page types checked at once: enough to keep both cores busy, few enough that no page load waits for minutes. */
const PARALLEL = 3;

/**
 * 400 % zoom of a 1280 × 1024 screen: the browser draws every CSS pixel with 4
 * device pixels, so the page gets 1280 / 4 = 320 CSS px of width (1024 / 4 = 256
 * of height) at a devicePixelRatio of 4. Same width as a 320 px phone, but
 * media queries on resolution, srcset choices and hairline rounding differ.
 */
const ZOOM_400 = { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 };
const NARROW = { viewport: { width: 320, height: 640 } };
const WIDE = { viewport: { width: 1280, height: 900 } };

const reflowAndClipping = async (page: Page) => [
  ...(await reflowProblems(page)),
  ...(await clippedContentProblems(page)),
];
const spacedReflow = async (page: Page) => (await applyTextSpacing(page), reflowAndClipping(page));
const logoAndButtons = { logo: 'header[role="banner"] svg', buttons: 'main .button, main button, header button' };

type Claim =
  | 'reflow320'
  | 'zoom400'
  | 'spacing1280'
  | 'spacing320'
  | 'skipLink'
  | 'keyboard1280'
  | 'keyboard320'
  | 'motion'
  | 'noJs'
  | 'forcedVisible'
  | 'forcedFocus';
const found = Object.fromEntries(
  [
    'reflow320',
    'zoom400',
    'spacing1280',
    'spacing320',
    'skipLink',
    'keyboard1280',
    'keyboard320',
    'motion',
    'noJs',
    'forcedVisible',
    'forcedFocus',
  ].map((c) => [c, [] as string[]]),
) as Record<Claim, string[]>;
const linksWithoutJs = new Set<string>();

/**
 * Every claim on one page of a type, in as few page loads as the claims allow
 * (each context option is one load): checks that only read the page share a
 * load, and the text spacing style goes in last (bypassCSP lets it past the page's CSP).
 */
async function checkType(path: string): Promise<void> {
  const note = (claim: Claim, problems: string[]) => found[claim].push(...problems.map((p) => `${path}: ${p}`));
  await onPage(server.url, path, { ...NARROW, bypassCSP: true }, async (page) => {
    note('reflow320', await reflowAndClipping(page));
    note('keyboard320', await keyboardProblems(page));
    note('spacing320', await spacedReflow(page));
  });
  await onPage(server.url, path, ZOOM_400, async (page) => note('zoom400', await reflowAndClipping(page)));
  const withJs = await onPage(server.url, path, { ...WIDE, bypassCSP: true }, async (page) => {
    note('skipLink', await skipLinkProblems(page));
    // A fresh load without the skip link's #fragment: with it, Tab would start at the fragment's target.
    await page.goto(page.url().split('#')[0]!, { waitUntil: 'load' });
    note('keyboard1280', await keyboardProblems(page));
    const texts = await mainTexts(page);
    note('spacing1280', await spacedReflow(page));
    return texts;
  });
  await onPage(server.url, path, { javaScriptEnabled: false }, async (page) => {
    for (const l of await sameOriginLinks(page)) linksWithoutJs.add(l);
    note('noJs', missingWithoutJs(withJs, await mainTexts(page)));
  });
  await onPage(server.url, path, { reducedMotion: 'reduce' }, async (page) =>
    note('motion', [...(await motionProblems(page)), ...(await smoothScrollProblems(page))]),
  );
  await onPage(server.url, path, { ...WIDE, forcedColors: 'active' }, async (page) => {
    note('forcedVisible', await forcedColourProblems(page, logoAndButtons));
    note('forcedFocus', await focusPixelProblems(page));
  });
}

/**
 * One page of each type: the list of tests/helpers/page-types.ts, plus the two
 * templates it leaves out, an overview of cards and a text page (this statement itself).
 */
const claimPages = [...realPageTypes.map((t) => t.path), '/verhalen/', '/toegankelijkheid/'];

beforeAll(async () => {
  const queue = [...claimPages];
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) await checkType(path);
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const broken: string[] = [];
  await Promise.all(
    [...linksWithoutJs].map(async (l) => {
      const res = await fetch(l, { method: 'HEAD' });
      if (res.status !== 200) broken.push(`${l}: ${res.status}`);
    }),
  );
  found.noJs.push(...broken.map((b) => `link werkt niet: ${b}`));
  if (linksWithoutJs.size < 20) found.noJs.push(`maar ${linksWithoutJs.size} links gevonden: klopt de pagina wel?`);
  for (const list of Object.values(found)) list.sort();
}, 900_000);

describe('reflow (WCAG 1.4.10): nothing scrolls sideways, nothing is cut off', () => {
  it('at 320 CSS px', () => expect(found.reflow320).toEqual([]));
  it('at 400 % zoom of 1280 px (320 CSS px at device pixel ratio 4)', () => expect(found.zoom400).toEqual([]));
});

describe('text spacing (WCAG 1.4.12): no content lost', () => {
  it('at 1280 px', () => expect(found.spacing1280).toEqual([]));
  it('at 320 px', () => expect(found.spacing320).toEqual([]));
});

describe('keyboard only', () => {
  it('the skip link is the first stop and moves focus to <main>', () => expect(found.skipLink).toEqual([]));
  // One walk per page: Tab reaches every link and control in page order, focus leaves the page after the
  // last one (no trap), and every stop shows a ring of at least 2 px with 3:1 contrast against the background beside it.
  it('at 1280 px: every link and control in page order, no trap, a visible focus ring on each', () =>
    expect(found.keyboard1280).toEqual([]));
  it('the same at 320 px, where the menu scrolls sideways', () => expect(found.keyboard320).toEqual([]));

  it('search: type a word in the header, press Enter, Tab to the first result and open it', async () => {
    const opened = await onPage(server.url, '/', {}, async (page) => {
      await page.keyboard.press('Tab'); // skip link
      for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'zoek-kop'; i++)
        await page.keyboard.press('Tab');
      await page.keyboard.type('fleur');
      await Promise.all([page.waitForURL(/\/zoeken\/\?q=fleur$/), page.keyboard.press('Enter')]);
      await page.waitForSelector('[data-search-results] > li h2 a');
      for (
        let i = 0;
        i < 80 && !(await page.evaluate(() => !!document.activeElement?.closest('[data-search-results]')));
        i++
      )
        await page.keyboard.press('Tab');
      await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/zoeken/')), page.keyboard.press('Enter')]);
      return new URL(page.url()).pathname;
    });
    expect(opened).toMatch(/^\/[a-z0-9-]+\/.+/);
  });

  it('badge builder: choose a school, size and PNG with the keyboard; the code follows and the copy button answers', async () => {
    const result = await onPage(
      server.url,
      '/mbo030/badge/',
      { permissions: ['clipboard-read', 'clipboard-write'] },
      async (page) => {
        const code = () => page.inputValue('#badge-code');
        const tabTo = async (test: () => boolean | Promise<boolean>) => {
          for (let i = 0; i < 60 && !(await test()); i++) await page.keyboard.press('Tab');
        };
        await page.waitForFunction(
          () => (document.querySelector<HTMLTextAreaElement>('#badge-code')?.value ?? '') !== '',
        );
        const before = await code();
        await tabTo(() => page.evaluate(() => document.activeElement?.id === 'badge-school'));
        await page.keyboard.press('ArrowDown');
        const school = await code();
        await tabTo(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'maat'));
        await page.keyboard.press('ArrowRight');
        const size = await code();
        await tabTo(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'png'));
        await page.keyboard.press('Space');
        const png = await code();
        await tabTo(() => page.evaluate(() => document.activeElement?.hasAttribute('data-copy') ?? false));
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          () => (document.querySelector('[data-copy-status]')?.textContent ?? '').trim() !== '',
        );
        return { before, school, size, png, status: await page.textContent('[data-copy-status]') };
      },
    );
    expect(result.school).not.toBe(result.before);
    expect(result.size).not.toBe(result.school);
    expect(result.png).toMatch(/\.png/);
    expect(result.status).toMatch(/gekopieerd/i);
  });
});

describe('motion', () => {
  it('with prefers-reduced-motion: reduce, nothing animates, transitions or scrolls smoothly', () =>
    expect(found.motion).toEqual([]));
});

describe('without JavaScript', () => {
  it('every text of the page is there, and every link on it leads to a page', () => expect(found.noJs).toEqual([]));
});

describe('forced colours (Windows high contrast)', () => {
  it('the logo and every button stay visible', () => expect(found.forcedVisible).toEqual([]));
  it('the focus ring stays visible', () => expect(found.forcedFocus).toEqual([]));
});

describe('each check fails on a page made to break it', () => {
  let dir: string;
  let broken: RunningServer;
  const page = (
    body: string,
    head = '',
  ) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kapot</title>
<style>body{margin:0;padding:16px;font:16px sans-serif;background:#fff8ec} a:focus-visible,button:focus-visible{outline:3px solid #1b1640;outline-offset:2px} .button{display:inline-block;padding:8px;background:#b80c1f;color:#fff}
@media (forced-colors: active){.button{border:2px solid ButtonText}}</style>${head}</head>
<body><a href="#inhoud">Direct naar de inhoud</a><header role="banner"><svg width="120" height="40" viewBox="0 0 120 40" role="img" aria-label="logo"><rect width="120" height="40" fill="#b80c1f"/><text x="10" y="28" fill="#fff" font-size="24">logo</text></svg></header>
<main id="inhoud" tabindex="-1"><h1>Test</h1>${body}</main></body></html>`;
  const pages: Record<string, string> = {
    '/goed/': page('<p>Goed.</p><p><a href="/goed/">Een link</a> <a class="button" href="/goed/">Knop</a></p>'),
    '/afgesneden/': page(
      '<div style="width:200px;height:40px;overflow:hidden"><p>Een lange tekst die niet in dit vak past en dus wordt afgesneden, zodat je een deel niet ziet.</p></div>',
    ),
    '/buiten-beeld/': page(
      '<p style="position:relative;left:400px;white-space:nowrap">Tekst buiten beeld</p>',
      '<style>html,body{overflow-x:hidden}</style>',
    ),
    '/vaste-hoogte/': page('<p style="height:1.3em;overflow:hidden;line-height:1.2">Kort regeltje.</p>'),
    '/volgorde/': page('<p><a href="/goed/">Eerste</a> <a href="/goed/" tabindex="3">Tweede</a></p>'),
    '/val/': page(
      '<p><a href="/goed/">Voor</a> <input id="v"> <a href="/goed/">Na</a></p>',
      "<script>document.addEventListener('keydown',(e)=>{if(e.key==='Tab'&&document.activeElement?.id==='v'){e.preventDefault();}})</script>",
    ),
    '/zwakke-focus/': page(
      '<p><a class="zwak" href="/goed/">Zwak</a></p>',
      '<style>.zwak:focus-visible{outline:1px solid #1b1640!important} .geel:focus-visible{outline:3px solid #ffd23f!important}</style>',
    ),
    '/lichte-focus/': page(
      '<p><a class="geel" href="/goed/">Licht</a></p>',
      '<style>.geel:focus-visible{outline:3px solid #ffe98a!important;outline-offset:2px}</style>',
    ),
    '/vloeiend/': page('<p>Glijdt.</p>', '<style>html{scroll-behavior:smooth}</style>'),
    '/alleen-js/': page(
      '<p class="later" hidden>Alleen met JavaScript zichtbaar.</p>',
      "<script>addEventListener('DOMContentLoaded',()=>{document.querySelector('.later').hidden=false})</script>",
    ),
    '/geen-rand/': page('<p><a class="button" href="/goed/">Knop zonder rand</a></p>').replace(
      '@media (forced-colors: active){.button{border:2px solid ButtonText}}',
      '',
    ),
    // A white logo made for a dark header: in forced colours the header turns white, and the logo with it disappears.
    '/geen-logo/': page('<p>Logo weg.</p>').replace(
      /<header role="banner">.*<\/header>/,
      '<header role="banner" style="background:#1b1640;padding:8px"><svg width="120" height="40" role="img" aria-label="logo"><text x="10" y="28" fill="#fff" font-size="24">logo</text></svg></header>',
    ),
    '/geen-focus-hc/': page(
      '<p><a class="stil" href="/goed/">Stil</a></p>',
      '<style>.stil:focus-visible{outline:none!important}</style>',
    ),
  };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mbo030-claims-'));
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), html);
    }
    broken = await serve(dir, '/', { headers: false });
  });
  afterAll(async () => {
    await broken?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const on = <T>(path: string, options: BrowserContextOptions, fn: (page: Page) => Promise<T>) =>
    onPage(broken.url, path, options, fn);

  it('clipping and reflow: a box that hides overflowing text, text pushed outside the screen', async () => {
    expect(await on('/goed/', NARROW, reflowAndClipping)).toEqual([]);
    expect((await on('/afgesneden/', NARROW, reflowAndClipping)).join()).toMatch(/^inhoud afgesneden in div: /);
    expect((await on('/buiten-beeld/', ZOOM_400, reflowAndClipping)).join()).toMatch(
      /tekst buiten beeld: p "Tekst buiten beeld"/,
    );
  });

  it('text spacing: a fixed-height box that fits the text only at normal spacing', async () => {
    expect(await on('/vaste-hoogte/', NARROW, reflowAndClipping)).toEqual([]);
    expect(
      (
        await on(
          '/vaste-hoogte/',
          { ...NARROW, bypassCSP: true },
          async (p) => (await applyTextSpacing(p), reflowAndClipping(p)),
        )
      ).join(),
    ).toMatch(/inhoud afgesneden in p/);
  });

  it('tab order and traps: a positive tabindex that jumps ahead, a field that keeps the focus', async () => {
    expect(await on('/goed/', {}, tabOrderProblems)).toEqual([]);
    const order = (await on('/volgorde/', {}, tabOrderProblems)).join('\n');
    expect(order).toMatch(/volgorde wijkt af van de pagina/);
    expect((await on('/val/', {}, tabOrderProblems)).join('\n')).toMatch(/toetsenbordval/);
  });

  it('focus ring: 1 px wide, and a pale ring with too little contrast', async () => {
    expect(await on('/goed/', {}, focusRingProblems)).toEqual([]);
    expect((await on('/zwakke-focus/', {}, focusRingProblems)).join()).toMatch(/a "Zwak" niet goed zichtbaar \(1px/);
    expect((await on('/lichte-focus/', {}, focusRingProblems)).join()).toMatch(
      /a "Licht" niet goed zichtbaar \(3px, contrast 1\.\d+:1\)/,
    );
  });

  it('motion: smooth scrolling under reduced motion', async () => {
    expect(await on('/vloeiend/', { reducedMotion: 'reduce' }, smoothScrollProblems)).toEqual([
      'html scrolt vloeiend (scroll-behavior: smooth)',
    ]);
  });

  it('without JavaScript: text that only a script shows', async () => {
    const withJs = await on('/alleen-js/', {}, mainTexts);
    const withoutJs = await on('/alleen-js/', { javaScriptEnabled: false }, mainTexts);
    expect(missingWithoutJs(withJs, withoutJs)).toEqual([
      'zonder JavaScript ontbreekt: "Alleen met JavaScript zichtbaar."',
    ]);
  });

  it('forced colours: a button without a border, a logo in the page colour, a focus ring switched off', async () => {
    const selectors = { logo: 'header svg', buttons: 'main .button' };
    expect(await on('/goed/', { forcedColors: 'active' }, (p) => forcedColourProblems(p, selectors))).toEqual([]);
    expect(await on('/geen-rand/', { forcedColors: 'active' }, (p) => forcedColourProblems(p, selectors))).toEqual([
      'knop "Knop zonder rand" heeft in hoog contrast geen zichtbare rand',
    ]);
    expect(
      (await on('/geen-logo/', { forcedColors: 'active' }, (p) => forcedColourProblems(p, selectors))).join(),
    ).toMatch(/^logo onzichtbaar in hoog contrast/);
    expect(await on('/goed/', { forcedColors: 'active' }, (p) => focusPixelProblems(p))).toEqual([]);
    expect((await on('/geen-focus-hc/', { forcedColors: 'active' }, (p) => focusPixelProblems(p))).join()).toMatch(
      /focus op a "Stil" in hoog contrast niet zichtbaar/,
    );
  });
});
