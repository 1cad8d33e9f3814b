/**
 * The site as production serves it (the preview server applies the headers of
 * src/lib/headers.ts): every page of the real build and of the /mbo030/ build
 * runs with the Content Security Policy enforced and reports no violation;
 * nothing loads over plain HTTP from elsewhere; search, the badge builder and
 * the agenda script still work; cache rules and the 404 status hold.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { launchBrowser } from '../helpers/browser';
import { readResults } from '../helpers/search';
import { sitemapPaths } from '../helpers/sitemap';
import { serve, type RunningServer } from '../helpers/static-server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens a page and collects CSP violations, console errors and requests to other origins. */
async function visit(page: Page, url: string, origin: string) {
  const problems: string[] = [];
  const onConsole = (m: { type: () => string; text: () => string }) =>
    m.type() === 'error' && problems.push(`console: ${m.text()}`);
  const onRequest = (r: { url: () => string }) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      problems.push(`verzoek buiten de site: ${u}`);
  };
  page.on('console', onConsole);
  page.on('request', onRequest);
  await page.goto(url, { waitUntil: 'load' });
  // Violation events are queued as tasks: two rendered frames after load, every one has fired.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  problems.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)));
  page.off('console', onConsole);
  page.off('request', onRequest);
  return problems;
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`CSP: ${e.violatedDirective} blokkeerde ${e.blockedURI || 'inline'}`),
    );
  });
  return context.newPage();
}

describe.each([
  ['real build', sites.real, '/'],
  ['BASE_PATH=/mbo030/ build', sites.fixtureBase, '/mbo030/'],
])('%s with production headers', (_name, dir, base) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve(dir, base);
  });
  afterAll(() => server?.close());

  it('every page has a strict CSP <meta> and runs without a violation, an error or a foreign request', async () => {
    const page = await newPage();
    const paths = [...sitemapPaths(dir, TEST_SITE, base), '/404.html'];
    expect(paths.length).toBeGreaterThan(15);
    const found: string[] = [];
    for (const path of paths) {
      const problems = await visit(page, `${server.url}${path.slice(1)}`, server.origin);
      // The 404 page itself answers 404; the browser logs that as a failed resource.
      found.push(...problems.filter((p) => !(path === '/404.html' && p.includes('404'))).map((p) => `${path}: ${p}`));
      const meta = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      if (!meta?.includes("default-src 'self'") || meta.includes('unsafe-inline'))
        found.push(`${path}: CSP-meta ontbreekt of is te ruim: ${meta}`);
    }
    expect(found).toEqual([]);
    await page.context().close();
  });

  it('search works under the policy (WebAssembly allowed on /zoeken/ only)', async () => {
    const page = await newPage();
    const problems = await visit(page, `${server.url}zoeken/?q=${base === '/' ? 'fleur' : 'anna'}`, server.origin);
    const r = await readResults(page);
    expect(r.links.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    const meta = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(meta).toContain("'wasm-unsafe-eval'");
    await page.goto(server.url);
    expect(await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')).not.toContain(
      'wasm-unsafe-eval',
    );
    await page.context().close();
  });

  it('the badge builder and the agenda script work under the policy', async () => {
    const page = await newPage();
    expect(await visit(page, `${server.url}mbo030/badge/`, server.origin)).toEqual([]);
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('[data-preview] img')?.naturalWidth);
    expect(await visit(page, `${server.url}agenda/`, server.origin)).toEqual([]);
    expect(await page.evaluate(() => customElements.get('agenda-sorter') !== undefined)).toBe(true);
    await page.context().close();
  });
});

describe('the violation check itself', () => {
  it('catches an inline script the page policy does not allow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbo030-csp-'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"><title>x</title></head><body><script>document.title = 'y'</script></body></html>`,
    );
    const server = await serve(dir);
    const page = await newPage();
    const problems = await visit(page, server.url, server.origin);
    expect(problems.some((p) => p.startsWith('CSP: script-src'))).toBe(true);
    await page.context().close();
    await server.close();
  });
});

describe('cache rules and status codes as served', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serve(sites.fixtureBase, '/mbo030/');
  });
  afterAll(() => server?.close());

  const head = (path: string) => fetch(`${server.url}${path}`, { method: 'HEAD', redirect: 'manual' });

  it('caches /_astro/ files for a year and revalidates HTML', async () => {
    const html = await (await fetch(server.url)).text();
    // The preloaded font: every page has it (the CSS is in the page itself).
    const asset = /\/mbo030\/(_astro\/fonts\/[^"]+\.woff2)/.exec(html)![1]!;
    expect((await head(asset)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await head('')).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect((await head('pagefind/pagefind.js')).headers.get('cache-control')).toBe(
      'public, max-age=0, must-revalidate',
    );
  });

  it('serves badges to other sites and calendars as text/calendar', async () => {
    const badge = await head('badge/v1/licht.svg');
    expect(badge.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(badge.headers.get('cache-control')).toBe('public, max-age=86400, stale-while-revalidate=604800');
    expect((await head('agenda.ics')).headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });

  it('answers an unknown page with the 404 page and status 404, and sends the base path’s root to it', async () => {
    const res = await fetch(`${server.url}bestaat-niet/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Deze pagina bestaat niet');
    const root = await fetch(`${server.origin}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/mbo030/');
  });

  it('compresses text with gzip as a CDN would', async () => {
    const res = await fetch(server.url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });
});
