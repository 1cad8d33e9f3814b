/**
 * Browser gates fanned out over pages: a few lanes, each its own context (its
 * own renderer process), take the next page until none is left. Most of a page
 * check is waiting (loading, fonts, a frame), so lanes overlap those waits.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inParallel } from './in-parallel';

/** Contexts at a time: two cores, each page check about half waiting. */
export const LANES = 4;

/**
 * Runs `check` on every item, each lane in its own context with `options` (and
 * `prepare`, e.g. a script for every page), and returns the problems found, each
 * prefixed with the page (`/pad/: probleem`).
 */
export async function problemsOnPages<T extends string | { path: string }>(
  browser: Browser,
  items: T[],
  options: BrowserContextOptions,
  check: (page: Page, item: T) => Promise<string[]>,
  prepare: (context: BrowserContext) => Promise<void> = async () => {},
): Promise<string[]> {
  const queue = [...items.keys()];
  const found: string[][] = new Array(items.length);
  const lane = async () => {
    const context = await browser.newContext(options);
    try {
      await prepare(context);
      const page = await context.newPage();
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const item = items[i]!;
        const path = typeof item === 'string' ? item : item.path;
        found[i] = (await check(page, item)).map((p) => `${path}: ${p}`);
      }
    } finally {
      await context.close();
    }
  };
  await inParallel(Array.from({ length: Math.min(LANES, items.length) }), LANES, lane);
  return found.flat();
}
