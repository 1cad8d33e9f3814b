/**
 * What a first-time visitor sees on a phone on slow 4G: one page of a build,
 * loaded cold with Chrome's own throttling (Lighthouse's "slow 4G" as DevTools
 * applies it: 562.5 ms round trip, 1.47 Mbit/s down, CPU 4× slower), filmed
 * with the trace's screenshots. Per run: which font drew the heading and the
 * first paragraph (Chrome's own answer: CSS.getPlatformFontsForNode), when the
 * font file arrived, first paint and LCP. The first run's frames at 0.5, 1 and
 * 2 s, at the first paint and at the end go side by side into one PNG.
 *   npm run bench:first-view -- --dist dist --path /verhalen/fleur-eigen-bedrijf/ --png docs/performance/eerste-bezoek-na.png
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { launchBrowser } from './lib/browser.ts';
import { servePreview } from '../src/server/preview-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    path: { type: 'string', default: '/verhalen/fleur-eigen-bedrijf/' },
    runs: { type: 'string', default: '3' },
    png: { type: 'string' },
  },
});
const MOMENTS_MS = [500, 1000, 2000];
/** Lighthouse's slow 4G, as DevTools throttling applies it (its `mobileSlow4G` "applied" values). */
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

interface TraceEvent {
  name: string;
  ts: number;
  args?: { snapshot?: string; data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean } };
}

const server = await servePreview(values.dist, { base: '/' });
const browser = await launchBrowser();
const url = new URL(values.path.slice(1), server.url).href;
console.log(
  `${url} — belasting (1/5/15 min): ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
try {
  for (let run = 1; run <= Number(values.runs); run++) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await browser.startTracing(page, {
      screenshots: true,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.screenshot', 'blink.user_timing', 'loading'],
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // The last moment filmed must have passed on the page's own clock.
    await page.waitForFunction((ms) => performance.now() > ms, Math.max(...MOMENTS_MS) + 200, { polling: 100 });
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const timing = await page.evaluate(() => {
      const font = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) =>
        r.name.endsWith('.woff2'),
      );
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        fontEnd: font ? Math.round(font.responseEnd) : undefined,
        fontName: font?.name.split('/').pop(),
        fcp: fcp ? Math.round(fcp.startTime) : undefined,
      };
    });
    const lcp = await page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          new PerformanceObserver((l) => {
            const last = l.getEntries().at(-1) as PerformanceEntry & { element?: Element };
            resolve(`${Math.round(last.startTime)} ms (${last.element?.tagName.toLowerCase() ?? '?'})`);
          }).observe({ type: 'largest-contentful-paint', buffered: true }),
        ),
    );
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const fontOf = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      if (!nodeId) return 'niet gevonden';
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (weblettertype)' : ''}`).join(' + ');
    };
    const heading = await fontOf('h1');
    console.log(
      `run ${run}: h1 in ${heading}; lettertype ${timing.fontName} binnen na ${timing.fontEnd} ms; FCP ${timing.fcp} ms; LCP ${lcp}`,
    );

    if (run === 1 && values.png) {
      const navigation = trace.traceEvents.find(
        (e) =>
          e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL === url,
      );
      if (!navigation) throw new Error('Geen navigationStart in de trace');
      const frames = trace.traceEvents
        .filter((e) => e.name === 'Screenshot' && e.args?.snapshot)
        .sort((a, b) => a.ts - b.ts);
      const at = (ms: number) => frames.filter((f) => f.ts <= navigation.ts + ms * 1000).at(-1);
      const moments = [...MOMENTS_MS, timing.fcp ?? 0, (frames.at(-1)!.ts - navigation.ts) / 1000];
      // The first painted frame: the first one after first paint (before it, frames are white).
      const shown = [
        ...MOMENTS_MS.map(at),
        frames.find((f) => f.ts >= navigation.ts + (timing.fcp ?? 0) * 1000),
        frames.at(-1),
      ];
      const blank = await sharp({ create: { width: 206, height: 412, channels: 3, background: '#ffffff' } })
        .png()
        .toBuffer();
      const tiles = await Promise.all(
        shown.map((f) =>
          f
            ? sharp(Buffer.from(f.args!.snapshot!, 'base64')).resize({ width: 206 }).png().toBuffer()
            : Promise.resolve(blank),
        ),
      );
      const heights = await Promise.all(tiles.map(async (t) => (await sharp(t).metadata()).height ?? 412));
      await sharp({
        create: { width: 214 * tiles.length - 8, height: Math.max(...heights), channels: 3, background: '#888888' },
      })
        .composite(tiles.map((input, i) => ({ input, left: i * 214, top: 0 })))
        .png({ palette: true, compressionLevel: 9 })
        .toFile(values.png);
      console.log(
        `${values.png}: beelden op ${moments.map((ms) => Math.round(ms)).join(', ')} ms (0,5 s, 1 s, 2 s, eerste weergave, einde)`,
      );
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
