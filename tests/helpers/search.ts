/** Drives /zoeken/ in a browser and reads back what a reader sees. */
import type { Page } from 'playwright-core';

export interface SearchOutcome {
  /** The live region's text, e.g. "3 resultaten voor ‘anna’." */
  status: string;
  titles: string[];
  /** Result links as absolute URLs. */
  links: string[];
  /** The type shown on each card ("Verhaal", "Evenement", …). */
  kinds: string[];
}

/** Waits until no search is running (the list is not aria-busy) and the live region reports one; returns the results shown. */
export async function readResults(page: Page): Promise<SearchOutcome> {
  await page.waitForFunction(
    () =>
      /resulta/i.test(document.querySelector('[data-search-status]')?.textContent ?? '') &&
      !document.querySelector('[data-search-results][aria-busy]'),
    null,
    { timeout: 10_000 },
  );
  return page.$$eval('[data-search-results] > li', (items) => ({
    status: document.querySelector('[data-search-status]')!.textContent,
    titles: items.map((li) => li.querySelector('h2')!.textContent.trim()),
    links: items.map((li) => (li.querySelector('h2 a') as HTMLAnchorElement).href),
    kinds: items.map((li) => li.querySelector('.eyebrow')!.firstChild!.textContent!.trim()),
  }));
}

/** Opens `/zoeken/` with a query string and waits for its results. */
export async function searchFor(page: Page, siteUrl: string, query: string): Promise<SearchOutcome> {
  await page.goto(`${siteUrl}zoeken/${query}`);
  return readResults(page);
}

/** The number in "12 resultaten …" (0 for "Geen resultaten"). */
export function resultCount(status: string): number {
  const m = /^(\d+) resulta/.exec(status);
  return m ? Number(m[1]) : 0;
}
