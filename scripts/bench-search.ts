/**
 * What a search costs a reader, measured in headless Chromium on a built site:
 *   node scripts/bench-search.ts [--dist dist] [--base /] [--queries zorg,techniek] [--json out.json]
 * Reports, for the first query and for a later one: bytes fetched (gzip as a CDN
 * serves them; Pagefind's index files are already compressed) split by kind, and
 * the time from the keystroke to results on screen (the reader starts typing once
 * the page is idle; /zoeken/ fetches Pagefind on load). Run on a phone-like CPU too
 * (4× slower), because most readers search on a phone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/browser.ts';
import { servePreview } from '../src/server/preview-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    queries: { type: 'string', default: 'zorg,techniek' },
    json: { type: 'string' },
    runs: { type: 'string', default: '5' },
  },
});
const dist = values.dist;
const queries = values.queries.split(',');
const runs = Number(values.runs);

/** Bytes on the wire for one file of the site: gzip unless the file is compressed already. */
function servedBytes(path: string): number {
  const raw = readFileSync(`${dist}/${path}`);
  return Math.min(raw.length, gzipSync(raw, { level: 6 }).length);
}
function kind(path: string): string {
  if (path.endsWith('.js')) return 'js';
  if (path.includes('/wasm.')) return 'wasm';
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/index/') || path.includes('/filter/') || path.endsWith('.pf_meta') || path.endsWith('.json'))
    return 'index';
  return 'other';
}

interface Measure {
  query: string;
  ms: number;
  bytes: Record<string, number> & { total: number };
  results: string;
}

const server = await servePreview(dist, { base: values.base });
const browser = await launchBrowser();

async function session(cpuSlowdown: number): Promise<Measure[]> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  let fetched: string[] = [];
  page.on('requestfinished', (r) => {
    const u = new URL(r.url());
    const path = u.pathname.slice(values.base.length);
    if (
      u.origin === server.origin &&
      (path.startsWith('pagefind/') || (path.startsWith('_astro/') && path.endsWith('.js')))
    )
      fetched.push(path);
  });
  // The page fetches Pagefind as soon as it loads; a reader starts typing a moment later.
  await page.goto(`${server.url}zoeken/`, { waitUntil: 'networkidle' });
  const out: Measure[] = [];
  for (const query of queries) {
    await page.evaluate(() => {
      const status = document.querySelector('[data-search-status]')!;
      const list = document.querySelector('[data-search-results]')!;
      (window as unknown as { done: Promise<number> }).done = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (!list.hasAttribute('aria-busy') && status.textContent) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now()));
          }
        });
        obs.observe(list, { attributes: true, childList: true });
        obs.observe(status, { childList: true, characterData: true, subtree: true });
      });
      document.querySelector('[data-search-status]')!.textContent = '';
    });
    const t0 = await page.evaluate((q) => {
      const input = document.querySelector<HTMLInputElement>('#zoekterm')!;
      input.focus();
      input.value = q;
      const start = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return start;
    }, query);
    const t1 = await page.evaluate(() => (window as unknown as { done: Promise<number> }).done);
    await page.waitForLoadState('networkidle');
    const bytes: Measure['bytes'] = { total: 0 };
    for (const p of new Set(fetched)) {
      const b = servedBytes(p);
      const k = kind(p);
      bytes[k] = (bytes[k] ?? 0) + b;
      bytes.total += b;
    }
    out.push({
      query,
      ms: Math.round(t1 - t0),
      bytes,
      results: (await page.textContent('[data-search-status]')) ?? '',
    });
    fetched = [];
  }
  await context.close();
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const report: Record<string, unknown> = { dist, queries, runs };
for (const slowdown of [1, 4]) {
  const all: Measure[][] = [];
  for (let i = 0; i < runs; i++) all.push(await session(slowdown));
  report[`cpu${slowdown}x`] = queries.map((q, qi) => ({
    query: q,
    order: qi === 0 ? 'eerste zoekvraag' : 'latere zoekvraag',
    medianMs: median(all.map((r) => r[qi]!.ms)),
    maxMs: Math.max(...all.map((r) => r[qi]!.ms)),
    bytes: all[0]![qi]!.bytes,
    results: all[0]![qi]!.results,
  }));
}
await browser.close();
await server.close();
console.log(JSON.stringify(report, null, 2));
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
