/**
 * Gate: nothing moves while a page loads. Records every layout-shift entry
 * (without recent input) from the first paint on, in a fresh page with its
 * cache off (every load cold), with the web font on time, late (every font
 * response held back) or never arriving. Names the elements that moved, so a failure says what to fix.
 */
import type { Browser, Page } from 'playwright-core';
import { sharedContext } from '../helpers/browser';
import { pieceMark, streamPage, type StreamedPage } from './streamed-html';

export type FontTiming = 'op tijd' | 'laat' | 'nooit';

export interface ShiftReport {
  path: string;
  width: number;
  fonts: FontTiming;
  /** The HTML came in pieces, with a paint after each (a slow line). */
  streamed: boolean;
  /** Font files the page asked for in this load (each one fetched, none from a cache). */
  fontRequests: number;
  /** Sum of layout-shift values without recent input (CLS over the whole load). */
  score: number;
  /** The elements that moved, as `tag#id.class`. */
  moved: string[];
}

/** The gate's threshold: below this, nothing a reader can see moved. */
export const SHIFT_LIMIT = 0.001;

const observer = () => {
  const w = window as unknown as { __shifts: { value: number; sources: string[]; t: number }[] };
  w.__shifts = [];
  const describe = (node: Node | null) => {
    if (!(node instanceof Element)) return node ? node.nodeName.toLowerCase() : '?';
    const id = node.id ? `#${node.id}` : '';
    const cls =
      typeof node.className === 'string' && node.className
        ? `.${node.className.trim().split(/\s+/).slice(0, 3).join('.')}`
        : '';
    return `${node.tagName.toLowerCase()}${id}${cls}`;
  };
  new PerformanceObserver((list) => {
    type Source = { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    const rect = (r: DOMRectReadOnly) =>
      `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    for (const entry of list.getEntries() as unknown as {
      value: number;
      hadRecentInput: boolean;
      startTime: number;
      sources?: Source[];
    }[]) {
      if (!entry.hadRecentInput) {
        w.__shifts.push({
          value: entry.value,
          t: Math.round(entry.startTime),
          sources: (entry.sources ?? []).map(
            (s) => `${describe(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`,
          ),
        });
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * Holds back or drops font responses. A late font is held until `release()`:
 * the page releases it once it has painted without it (see `measureShift`), so
 * "late" is a condition, not a fixed delay. `settled()` resolves when every held
 * font was let through. The route is there in every timing: a routed page has
 * Playwright turn its HTTP cache off (Network.setCacheDisabled), so each load
 * fetches every font, style sheet and image afresh, and `requests()` counts the
 * font requests, which shows it.
 */
async function fontsAs(page: Page, fonts: FontTiming) {
  const held: Promise<unknown>[] = [];
  let requests = 0;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(FONT_FILE, (route) => {
    requests++;
    if (fonts === 'op tijd') return route.continue();
    if (fonts === 'nooit') return route.abort();
    const through = released.then(() => route.continue().catch(() => undefined));
    held.push(through);
    return through;
  });
  return { release, settled: () => Promise.all(held), requests: () => requests };
}

const FONT_FILE = /\.(woff2?|ttf|otf)(\?|$)/;

/** In the page: resolves after the first contentful paint and two more frames. */
const paintedWithoutFont = () =>
  new Promise<void>((resolve) => {
    const twoFrames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    if (performance.getEntriesByName('first-contentful-paint').length > 0) {
      twoFrames();
      return;
    }
    new PerformanceObserver((_, observer) => (observer.disconnect(), twoFrames())).observe({ type: 'paint' });
  });

/**
 * Loads `url` at `width` px and returns what moved. A late font arrives only after
 * the page has painted its first content without it (with `font-display: swap` the
 * text is then in the fallback; with `optional` the block period may still run, as
 * for a real visitor on a fast line), and the report is read once it has arrived.
 * `streamed`: the HTML comes in pieces (see streamed-html.ts), each painted before
 * the next, so content that grows above or beside what is already drawn shows up;
 * a late font is then released after the last piece.
 */
export async function measureShift(
  browser: Browser,
  baseUrl: string,
  path: string,
  width: number,
  fonts: FontTiming,
  { streamed = false }: { streamed?: boolean } = {},
): Promise<ShiftReport> {
  // A page of one shared context (tests/helpers/browser.ts); cold all the same, see `fontsAs`.
  const page = await (await sharedContext(browser, { reducedMotion: 'no-preference' })).newPage();
  const stream = streamed ? await streamPage(baseUrl, path) : undefined;
  try {
    await page.setViewportSize({ width, height: 900 });
    const held = await fontsAs(page, fonts);
    await page.addInitScript(observer);
    const url = stream?.url ?? new URL(path.replace(/^\//, ''), baseUrl).href;
    await page.goto(url, { waitUntil: 'commit' });
    if (stream) await paintEachPiece(page, stream);
    else await page.evaluate(paintedWithoutFont);
    held.release();
    await page.waitForLoadState('load');
    // Every late font has arrived and been (or not been) swapped in: the browser has it
    // (document.fonts.ready), and two frames have been laid out since, before reading what moved.
    await held.settled();
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; sources: string[]; t: number }[] }).__shifts,
    );
    return {
      path,
      width,
      fonts,
      streamed,
      fontRequests: held.requests(),
      score: shifts.reduce((sum, s) => sum + s.value, 0),
      moved: [...new Set(shifts.flatMap((s) => s.sources.map((src) => `${src} (${s.t} ms)`)))],
    };
  } finally {
    await page.close();
    await stream?.close();
  }
}

/**
 * Sends the page piece by piece. Before the next piece, the page has parsed this one
 * (its closing mark is in the DOM) and drawn a frame with it, so every half-parsed
 * state is painted once.
 */
async function paintEachPiece(page: Page, stream: StreamedPage) {
  for (let n = 0; n < stream.pieces; n++) {
    await stream.send(n);
    if (n < stream.pieces - 1) await page.evaluate(parsedAndPainted, pieceMark(n));
  }
}

/**
 * In the page: checks every frame whether the comment `mark` is in the document; resolves
 * one frame after it is (that frame is laid out and painted with the piece). Rejects
 * after 30 s, so a piece that never arrives fails with its name instead of hanging.
 */
const parsedAndPainted = (mark: string) =>
  new Promise<void>((resolve, reject) => {
    const until = performance.now() + 30_000;
    const hasMark = () => {
      const comments = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
      while (comments.nextNode()) if (comments.currentNode.nodeValue === mark) return true;
      return false;
    };
    const check = () => {
      if (hasMark()) requestAnimationFrame(() => resolve());
      else if (performance.now() > until) reject(new Error(`${mark} never arrived`));
      else requestAnimationFrame(check);
    };
    check();
  });

/** One line per shifting page, for the test's failure message. */
export function shiftProblems(reports: ShiftReport[]): string[] {
  return reports
    .filter((r) => r.score >= SHIFT_LIMIT)
    .map(
      (r) =>
        `${r.path} bij ${r.width} px, lettertype ${r.fonts}${r.streamed ? ', HTML in stukken' : ''}: verschuiving ${r.score.toFixed(3)} (bewogen: ${r.moved.join(', ') || 'onbekend'})`,
    );
}
