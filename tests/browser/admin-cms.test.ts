/**
 * The editors' CMS at /admin/ as production serves it (preview server, headers
 * of src/lib/headers.ts kind `admin`), in a browser set to Dutch: it shows the
 * Dutch sign-in, logs no error, violates no part of its own policy, and asks
 * nothing of any origin but ours before an editor signs in. Also: the /mbo030/
 * build serves it under the base path.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sites } from '../helpers/astro-run';
import { launchBrowser } from '../helpers/browser';
import { serve } from '../helpers/static-server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openAdmin(dir: string, base: string) {
  const server = await serve(dir, base);
  const context = await browser.newContext({ locale: 'nl-NL' });
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`CSP: ${e.violatedDirective} blokkeerde ${e.blockedURI || 'inline'}`));
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
  const res = await page.goto(`${server.url}admin/`, { waitUntil: 'load' });
  // The sign-in screen: its button names the token sign-in in Dutch.
  const signIn = page.getByRole('button', { name: /token/i });
  await signIn.first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(500);
  problems.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)));
  return { server, context, page, res, problems, foreign, text: await page.locator('body').innerText() };
}

describe('/admin/ (Sveltia CMS) before sign-in', () => {
  it.each([
    ['real build', sites.real, '/'],
    ['BASE_PATH=/mbo030/ build', sites.fixtureBase, '/mbo030/'],
  ])('%s: Dutch sign-in, no console error, no CSP violation, no request to another origin', async (_name, dir, base) => {
    const { server, context, res, problems, foreign, text, page } = await openAdmin(dir, base);
    try {
      expect(res?.status()).toBe(200);
      expect(res?.headers()['content-security-policy']).toContain("connect-src 'self' data: blob: https://api.github.com");
      expect(res?.headers()['x-robots-tag']).toBe('noindex, nofollow');
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      expect(text).toMatch(/Inloggen met een toegangstoken/);
      expect(text).not.toMatch(/Sign in|Log in with/i);
      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 60_000);
});
