/** The tests use the same browser choice as the benchmarks (scripts/lib/browser.ts), set up for many contexts. */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchBrowser as launch, MANY_CONTEXTS_FLAGS, RENDERER_PROCESSES } from '../../scripts/lib/browser';

export { chromiumExecutable } from '../../scripts/lib/browser';

export const launchBrowser = () => launch(MANY_CONTEXTS_FLAGS);

const shared = new WeakMap<Browser, Map<string, Promise<BrowserContext>>>();

/**
 * One context per browser and set of options, kept open with idle pages in it (as
 * many as the renderer limit), for a new page per load. Pages of one context share
 * its renderer processes; a new context per load started new ones, about 0.2–0.4 s
 * of CPU each. Pages of a context share its cache and storage: a check that needs
 * a cold cache routes its requests (Playwright then turns the page's cache off).
 */
export function sharedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const contexts = shared.get(browser) ?? new Map<string, Promise<BrowserContext>>();
  shared.set(browser, contexts);
  const key = JSON.stringify(options);
  let context = contexts.get(key);
  if (!context) {
    context = (async () => {
      const created = await browser.newContext(options);
      for (let i = 0; i < RENDERER_PROCESSES; i++) await created.newPage();
      return created;
    })();
    contexts.set(key, context);
  }
  return context;
}
