/** The agenda's small script moves events whose date passed after the build to "Datum net voorbij", saying only that. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sites } from '../helpers/astro-run';
import { launchBrowser } from '../helpers/browser';
import { serve, type RunningServer } from '../helpers/static-server';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await serve(sites.fixture);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function agendaAt(now: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(now));
  await page.goto(`${server.url}agenda/`);
  const coming = await page.locator('section[data-upcoming] h4').allInnerTexts();
  const recent = await page.locator('[data-just-ended]:not([hidden]) h4').allInnerTexts();
  const empty = await page.locator('[data-empty]').isVisible();
  const recentStates = await page.locator('[data-just-ended]:not([hidden]) [data-event-state]').allInnerTexts();
  await context.close();
  return { coming, recent, empty, recentStates };
}

it('leaves the build-time split alone while nothing has ended', async () => {
  const r = await agendaAt('2022-06-15T10:00:00Z');
  expect(r.coming).toEqual([
    'Lopende expositie',
    'Afgelast concert',
    'Middag op het plein',
    'Driedaagse beurs',
    'Verplaatste open dag',
  ]);
  expect(r.recent).toEqual([]);
});

it('moves an event into "Datum net voorbij" once its end time has passed, without claiming an outcome', async () => {
  // The afternoon event ends at 17.00 Utrecht time = 15.00 UTC.
  const before = await agendaAt('2022-08-20T14:59:00Z');
  expect(before.coming).toContain('Middag op het plein');
  const after = await agendaAt('2022-08-20T15:01:00Z');
  expect(after.coming).toEqual(['Driedaagse beurs', 'Verplaatste open dag']);
  expect(after.recent).toEqual(['Middag op het plein', 'Afgelast concert', 'Lopende expositie']);
  // A recorded outcome keeps its word; without one the card says only that the date passed.
  expect(after.recentStates).toEqual([
    'De datum is voorbij. De bron zegt niet wat er gebeurde.',
    'Afgelast',
    'De datum is voorbij. De bron zegt niet wat er gebeurde.',
  ]);
});

it('says kindly that nothing is coming when everything has ended', async () => {
  const r = await agendaAt('2023-01-01T00:00:00Z');
  expect(r.coming).toEqual([]);
  expect(r.empty).toBe(true);
});

it('keeps the build-time split without JavaScript', async () => {
  const r = await agendaAt('2023-01-01T00:00:00Z', false);
  expect(r.coming).toHaveLength(5);
});
