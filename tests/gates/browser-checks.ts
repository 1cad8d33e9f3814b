/**
 * Gates that need a real browser: accessibility (axe), keyboard use, reflow at
 * 400 % zoom, reduced motion, privacy (requests, cookies, storage), fonts and
 * image sizes. Each returns readable problems; an empty list means it passed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core as @axe-core/playwright itself loads it (the same version and file). */
const axeSource = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Loads axe into every document the context opens, before the page's own code. Chromium then compiles
 * axe once per renderer and reuses it; sending it into each page costs ±0.5 s of CPU a page (62 pages:
 * 69 → 31–39 CPU-s for load plus axe, .bench measurement in tests/README.md).
 */
export async function loadAxeInEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/** Axe's violations of WCAG 2.2 AA on the page as it is now, one line per rule. */
export async function axeProblems(page: Page): Promise<string[]> {
  const violations = page.frames().length === 1 ? await violationsInPage(page) : await violationsWithFrames(page);
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')}`,
  );
}

interface Violation {
  id: string;
  impact?: string | null | undefined;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * A page without frames: axe.run() in the page itself, with only violations worked out (passes and
 * "incomplete" are not needed). Axe is sent in once if the context did not load it.
 */
async function violationsInPage(page: Page): Promise<Violation[]> {
  type Axe = { run: (...args: unknown[]) => Promise<{ violations: Violation[] }> };
  const loaded = () => typeof (window as unknown as { axe?: Partial<Axe> }).axe?.run === 'function';
  if (!(await page.evaluate(loaded))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: Axe };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
  }, AXE_TAGS);
}

/**
 * A page with a frame (the CMS's preview pane): @axe-core/playwright's default mode, which also checks
 * inside the frame. It opens an extra blank page per analysis to merge the frames' results.
 */
async function violationsWithFrames(page: Page): Promise<Violation[]> {
  return (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations;
}

/** The skip link is the first tab stop and moves focus to <main>. */
export async function skipLinkProblems(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({
    href: document.activeElement?.getAttribute('href'),
    visible: (document.activeElement as HTMLElement | null)?.getBoundingClientRect().top ?? -1,
  }));
  if (first.href !== '#inhoud') return [`eerste tabstop is ${first.href ?? 'geen link'}, niet de skiplink`];
  if (first.visible < 0) return ['de skiplink is niet zichtbaar als hij focus heeft'];
  await page.keyboard.press('Enter');
  // Following the link is a navigation within the page: the focus moves when it is done, not when the key is
  // up (the full Chromium was once a step behind). Wait for that, up to 2 s, then say where the focus is.
  await page
    .waitForFunction(() => document.activeElement?.tagName === 'MAIN', null, { timeout: 2000 })
    .catch(() => undefined);
  const active = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
  return active === 'main' ? [] : [`na de skiplink heeft ${active} de focus, niet <main>`];
}

/** At 320 CSS px (a 1280 px screen at 400 % zoom) nothing scrolls sideways. */
export async function reflowProblems(page: Page): Promise<string[]> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  return scroll > width ? [`horizontaal scrollen: pagina is ${scroll}px breed bij ${width}px`] : [];
}

/** With prefers-reduced-motion: reduce, nothing animates or transitions. */
export async function motionProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const a of document.getAnimations())
      problems.push(
        `${a.constructor.name} loopt op ${(a.effect as KeyframeEffect | null)?.target?.tagName.toLowerCase() ?? '?'}`,
      );
    const seconds = (v: string) =>
      Math.max(...v.split(',').map((x) => (x.trim().endsWith('ms') ? parseFloat(x) / 1000 : parseFloat(x))));
    for (const el of document.querySelectorAll('*')) {
      const s = getComputedStyle(el);
      if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.001)
        problems.push(`animatie op ${el.tagName.toLowerCase()}`);
      if (seconds(s.transitionDuration) > 0.001)
        problems.push(`overgang op ${el.tagName.toLowerCase()}.${el.className}`);
    }
    return problems.slice(0, 5);
  });
}

/** Records every request a page makes, to tell own from third-party origins. */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

/**
 * Third-party requests, cookies and web storage. Cookies come from two places: the browser's store
 * (cookies from response headers, HttpOnly included) and the page's own `document.cookie`. A cookie
 * a script sets reaches the store a moment later, so the store alone can miss it.
 */
export async function privacyProblems(
  page: Page,
  context: BrowserContext,
  requests: string[],
  origin: string,
): Promise<string[]> {
  const problems = requests
    .filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
    .map((u) => `verzoek naar een andere partij: ${u}`);
  const inPage = await page.evaluate(() => document.cookie);
  const cookies = new Set([
    ...(await context.cookies()).map((c) => c.name),
    ...inPage
      .split(';')
      .map((c) => c.split('=')[0]!.trim())
      .filter(Boolean),
  ]);
  if (cookies.size > 0) problems.push(`cookies gezet: ${[...cookies].join(', ')}`);
  const storage = await page.evaluate(() => Object.keys(localStorage).length + Object.keys(sessionStorage).length);
  if (storage > 0) problems.push(`${storage} sleutel(s) in localStorage of sessionStorage`);
  return problems;
}

/** Scrolls through the page so lazy images load, then checks each image is not far larger than its slot. */
export async function imageSizeProblems(page: Page): Promise<string[]> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      // One frame per step: lazy images start to load when a frame finds them in view.
      await new Promise((r) => requestAnimationFrame(r));
    }
    await Promise.all(
      [...document.images]
        .filter((img) => !img.complete)
        .map((img) => new Promise((r) => img.addEventListener('load', r, { once: true }))),
    );
  });
  return page.evaluate(() =>
    [...document.images]
      .filter((img) => img.clientWidth > 0 && !img.currentSrc.endsWith('.svg'))
      .filter((img) => img.naturalWidth > 2 * img.clientWidth * window.devicePixelRatio)
      .map(
        (img) =>
          `${img.currentSrc.split('/').pop()} is ${img.naturalWidth}px breed voor een vak van ${img.clientWidth}px`,
      ),
  );
}

/** Adds up the bytes of the font files a context downloads. */
export function recordFontBytes(context: BrowserContext): { total: number } {
  const counter = { total: 0 };
  context.on('response', async (r) => {
    if (/\.(woff2?|ttf|otf)(\?|$)/.test(r.url())) counter.total += (await r.body().catch(() => Buffer.alloc(0))).length;
  });
  return counter;
}
