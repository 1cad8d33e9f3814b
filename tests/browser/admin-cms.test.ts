/**
 * The editors' CMS at /admin/ as production serves it (preview server, headers
 * of src/lib/headers.ts kind `admin`), in a browser set to Dutch: it shows the
 * Dutch sign-in, logs no error, violates no part of its own policy, asks
 * nothing of any origin but ours before an editor signs in, lets editors zoom,
 * and passes axe (WCAG 2.2 AA) before sign-in and with a form open. Also: the
 * /mbo030/ build serves it, and its icon, under the base path.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sites } from '../helpers/astro-run';
import { launchBrowser } from '../helpers/browser';
import { serve } from '../helpers/static-server';
import { axeProblems } from '../gates/browser-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** What in a viewport <meta> stops a reader from zooming (WCAG 1.4.4). */
const zoomBlocks = (page: Page) =>
  page.$$eval('meta[name="viewport"]', (metas) =>
    metas
      .map((m) => m.getAttribute('content') ?? '')
      .filter((c) => /maximum-scale|user-scalable\s*=\s*(no|0)/i.test(c)),
  );

async function openAdmin(dir: string, base: string) {
  const server = await serve(dir, base);
  // Phone width: where a blocked zoom hurts most.
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`CSP: ${e.violatedDirective} blokkeerde ${e.blockedURI || 'inline'}`),
    );
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`script: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(server.origin) && !/^(data|blob):/.test(u)) foreign.push(u);
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  const res = await page.goto(`${server.url}admin/`, { waitUntil: 'load' });
  // The sign-in screen: its button names the token sign-in in Dutch.
  const signIn = page.getByRole('button', { name: /token/i });
  await signIn.first().waitFor({ timeout: 20_000 });
  // Whatever the sign-in screen loads after it shows (fonts, the status answer) has been asked for.
  await page.waitForLoadState('networkidle');
  problems.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)));
  return { server, context, page, res, problems, foreign, text: await page.locator('body').innerText() };
}

describe('/admin/ (Sveltia CMS) before sign-in', () => {
  it.each([
    ['real build', sites.real, '/'],
    ['BASE_PATH=/mbo030/ build', sites.fixtureBase, '/mbo030/'],
  ])(
    '%s: Dutch sign-in, no console error, no CSP violation, no request to another origin',
    async (_name, dir, base) => {
      const { server, context, res, problems, foreign, text, page } = await openAdmin(dir, base);
      try {
        expect(res?.status()).toBe(200);
        expect(res?.headers()['content-security-policy']).toContain(
          "connect-src 'self' data: blob: https://api.github.com",
        );
        expect(res?.headers()['x-robots-tag']).toBe('noindex, nofollow');
        expect(await page.getAttribute('html', 'lang')).toBe('nl');
        expect(text).toMatch(/Inloggen met een toegangstoken/);
        expect(text).not.toMatch(/Sign in|Log in with/i);
        expect(problems).toEqual([]);
        expect(foreign).toEqual([]);
        // An icon of our own under the base path, so no browser asks the origin's root for /favicon.ico.
        const icon = new URL((await page.getAttribute('link[rel=icon]', 'href'))!, page.url());
        expect(icon.pathname).toBe(`${base}favicon.svg`);
        expect((await fetch(icon)).status).toBe(200);
      } finally {
        await context.close();
        await server.close();
      }
    },
    60_000,
  );

  it('lets editors zoom and passes axe on the sign-in screen at phone width', async () => {
    const { server, context, page } = await openAdmin(sites.real, '/');
    try {
      expect(await page.locator('meta[name="viewport"]').count()).toBeGreaterThan(1); // the CMS added its own
      expect(await zoomBlocks(page)).toEqual([]);
      expect(await axeProblems(page)).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 60_000);

  it('the zoom check and axe catch what the CMS writes: maximum-scale=1, and lang="_default" on its preview', async () => {
    const { server, context, page } = await openAdmin(sites.real, '/');
    try {
      // Written after the CMS started: the fix sees it before this script returns (mutation callbacks run first).
      await page.evaluate(() => {
        const meta = document.createElement('meta');
        meta.name = 'viewport';
        document.head.append(meta);
        meta.setAttribute('content', 'width=device-width, initial-scale=1, maximum-scale=1');
      });
      expect(await zoomBlocks(page)).toEqual([]);
      // The same markup without the fix (a page of its own): both checks fail.
      const bare = await context.newPage();
      await bare.setContent(
        '<!doctype html><html lang="nl"><head><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"><title>Redactie</title></head>' +
          '<body><main><h1>Redactie</h1><iframe title="Voorbeeld" srcdoc="<html lang=_default><body><p>Tekst</p></body></html>"></iframe></main></body></html>',
      );
      await bare.frameLocator('iframe').locator('p').waitFor();
      expect(await zoomBlocks(bare)).toEqual(['width=device-width, initial-scale=1, maximum-scale=1']);
      const found = (await axeProblems(bare)).join('\n');
      expect(found).toMatch(/meta-viewport/);
      expect(found).toMatch(/html-lang-valid/);
    } finally {
      await context.close();
      await server.close();
    }
  }, 60_000);
});

describe('/admin/ editing (with the CMS’s in-browser test repository instead of GitHub)', () => {
  it('shows our Dutch form and previews a story in the site’s own styles, with no error and no foreign request', async () => {
    const server = await serve(sites.real, '/');
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`script: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on(
      'request',
      (r) =>
        !r.url().startsWith(server.origin) && !/^(data|blob):/.test(r.url()) && problems.push(`verzoek: ${r.url()}`),
    );
    // Same configuration, but the CMS's built-in test repository, so no GitHub account is needed.
    await page.route('**/admin/config.json', async (route) => {
      const res = await route.fetch();
      const json = (await res.json()) as { config: { backend: unknown } };
      json.config.backend = { name: 'test-repo' };
      await route.fulfill({ response: res, json });
    });
    try {
      await page.goto(`${server.url}admin/`);
      await page.getByRole('button', { name: 'Werken met een testrepository' }).click();
      await page.getByText('Verhalen', { exact: true }).first().click();
      await page.waitForURL(/#\/collections\/verhalen/);
      await page.getByRole('button', { name: 'Nieuw item aanmaken' }).first().click();
      // Type only once the new entry is ready: its preview shows our template (the eyebrow), and
      // the CMS has closed the modal it shows while it opens the entry (focus then returns to the
      // page). Typed while that modal is open, the text is lost when it closes.
      const preview = page.locator('iframe').first().contentFrame();
      await preview.locator('.eyebrow', { hasText: 'Verhalen' }).waitFor({ timeout: 20_000 });
      await page.waitForFunction(() => !document.querySelector('dialog[open]'), null, { timeout: 20_000 });
      const title = page.locator('[data-key-path="titel"] input');
      await title.fill('Sanne bouwt mee aan de Merwedekanaalzone');
      await expect.poll(() => title.inputValue(), { timeout: 15_000 }).toBe('Sanne bouwt mee aan de Merwedekanaalzone');
      // The CMS wraps names in bidi isolates (U+2066…U+2069); read the text without them.
      const form = (await page.locator('body').innerText()).replace(/[\u2066-\u2069]/g, '');
      for (const text of [
        'Verhaal aanmaken',
        'Kort en concreet. Maximaal 90 tekens.',
        'Hoofdafbeelding',
        'Een eerlijke tekening of een echte foto',
        'Nog niet publiceren (concept)',
        'Opslaan',
      ])
        expect(form).toContain(text);
      await expect
        .poll(() => preview.locator('h1').innerText(), { timeout: 15_000 })
        .toBe('Sanne bouwt mee aan de Merwedekanaalzone');
      // The preview says it is Dutch (the CMS wrote its locale key, _default), and the form an
      // editor fills in passes axe too (WCAG 2.2 AA), and does not block zoom.
      expect(await preview.locator('html').getAttribute('lang')).toBe('nl');
      expect(await zoomBlocks(page)).toEqual([]);
      expect(await axeProblems(page)).toEqual([]);
      // The site's stylesheet styles the preview: the eyebrow in the campaign red, the heading large.
      const style = await preview
        .locator('.eyebrow')
        .evaluate((e) => [getComputedStyle(e).textTransform, getComputedStyle(document.querySelector('h1')!).fontSize]);
      expect(style[0]).toBe('uppercase');
      expect(parseFloat(style[1]!)).toBeGreaterThan(30);
      await page.goBack();
      await page.getByText('Ambassadeurs', { exact: true }).first().click();
      await page.waitForURL(/#\/collections\/ambassadeurs/);
      await page.getByRole('button', { name: 'Nieuw item aanmaken' }).first().click();
      await page.locator('[data-key-path="naam"]').waitFor();
      expect(await page.locator('body').innerText()).toContain(
        'Zonder vastgelegde toestemming publiceren we niets over deze persoon.',
      );
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 120_000);
});
