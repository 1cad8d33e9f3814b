/**
 * The checks behind each claim on /toegankelijkheid/, beyond what axe sees:
 * reflow without clipping, text spacing (WCAG 1.4.12), the keyboard (every
 * stop in DOM order, no trap, a focus ring of at least 2 px with 3:1
 * contrast), pages without JavaScript and forced colours. Each returns readable
 * problems; an empty list means it passed. tests/browser/accessibility-claims.test.ts
 * runs them on one page per type and shows each one fail on a page made to break it.
 */
import type { ElementHandle, Page } from 'playwright-core';
import sharp from 'sharp';

/** The WCAG 1.4.12 test values (the "text spacing bookmarklet"), as a style sheet. */
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/**
 * Nothing cut off: no visible text lies outside the viewport's width, and no box
 * that hides its overflow (`hidden`, `clip`) holds more than it shows. Boxes that
 * scroll (`auto`, `scroll`) keep their content reachable; screen-reader-only
 * text (1 × 1 px) is meant to be hidden.
 */
export async function clippedContentProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : ''}`;
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return s.visibility !== 'hidden' && s.display !== 'none' && r.width > 1 && r.height > 1;
    };
    const width = document.documentElement.clientWidth;
    /** Text in a box that scrolls sideways (the header menu) is reachable by scrolling, not cut off. */
    const inScroller = (el: Element) => {
      for (let n = el.parentElement; n && n !== document.body; n = n.parentElement)
        if (/auto|scroll/.test(getComputedStyle(n).overflowX)) return true;
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim() || !visible(el)) continue;
      seen.add(el);
      if (el.closest('.skip-link') || inScroller(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width > 0 && (r.right > width + 1 || r.left < -1))
        problems.push(
          `tekst buiten beeld: ${name(el)} "${node.textContent.trim().slice(0, 30)}" (${Math.round(r.left)}–${Math.round(r.right)} px bij ${width} px)`,
        );
    }
    for (const el of document.querySelectorAll('body *')) {
      const s = getComputedStyle(el);
      const hidesX = s.overflowX === 'hidden' || s.overflowX === 'clip';
      const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip';
      if ((!hidesX && !hidesY) || !visible(el) || !el.textContent?.trim()) continue;
      const box = el as HTMLElement;
      if (box.clientWidth <= 2 || box.clientHeight <= 2) continue;
      // A box that scrolls on one axis and hides on the other (a sideways menu) hides only the other.
      const cutX = hidesX && box.scrollWidth > box.clientWidth + 1;
      const cutY = hidesY && box.scrollHeight > box.clientHeight + 1;
      if (cutX || cutY)
        problems.push(
          `inhoud afgesneden in ${name(el)}: ${box.scrollWidth}×${box.scrollHeight} px in een vak van ${box.clientWidth}×${box.clientHeight} px`,
        );
    }
    return problems;
  });
}

/** Applies the WCAG 1.4.12 text spacing (the context needs `bypassCSP`, the page's CSP forbids inline styles). */
export async function applyTextSpacing(page: Page): Promise<void> {
  await page.addStyleTag({ content: TEXT_SPACING_CSS });
}

export interface TabStop {
  label: string;
  /** Index of the element among the page's tabbable elements in DOM order, -1 if it is not one. */
  index: number;
  /** The focus ring it shows. */
  ring: FocusRing | undefined;
}

/**
 * The elements a keyboard user should reach with Tab, in DOM order: links,
 * controls and anything with tabindex ≥ 0, visible, not disabled, not inert; of
 * a radio group only the checked radio (arrow keys move within the group).
 */
const tabbables = () => {
  const selector = 'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
  const all = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
    if ((el as HTMLInputElement).type === 'hidden') return false;
    // The content of a closed <details> is reached by opening its summary first.
    const closed = el.closest('details:not([open])');
    if (closed && !(el.tagName === 'SUMMARY' && el.parentElement === closed)) return false;
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || el.getClientRects().length === 0) return false;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      const group = [
        ...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`),
      ];
      const checked = group.find((r) => r.checked);
      return checked ? checked === el : group[0] === el;
    }
    return true;
  });
  return all;
};

/** Tab as a keyboard sends it (what Playwright's `keyboard.press('Tab')` sends over the DevTools protocol). */
const TAB_KEY = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };

/**
 * Presses Tab until focus leaves the page or comes back round; returns each stop.
 * The page writes down where focus is after each Tab (a keyup listener, which
 * runs after the focus moved), so the presses go out in one batch over the
 * DevTools protocol instead of two round trips per stop: the browser handles
 * key events strictly in order, one after the other. Focus leaving the page shows
 * as a keyup with nothing focused, or as the first stop again; a page that hides
 * its keyups from us never shows that, so it fails as a trap rather than passing.
 */
export async function tabThrough(
  page: Page,
  maxStops = 400,
): Promise<{ expected: string[]; stops: TabStop[]; left: boolean }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const expected = await page.evaluate<string[]>(
    `(${tabbables.toString()})().map((el) => el.tagName.toLowerCase() + ' "' + (el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"')`,
  );
  await page.evaluate(`(() => {
    window.__tabbables = (${tabbables.toString()})();
    window.__tabLog = [];
    if (window.__tabListener) removeEventListener('keyup', window.__tabListener, true);
    window.__tabListener = (event) => {
      if (event.key !== 'Tab') return;
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return window.__tabLog.push(null);
      const label = el.tagName.toLowerCase() + ' "' + (el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
      window.__tabLog.push({ label, index: window.__tabbables.indexOf(el), ring: (${readFocusRing.toString()})() });
    };
    addEventListener('keyup', window.__tabListener, true);
  })()`);
  const presses = Math.min(maxStops, expected.length + 3);
  const cdp = await page.context().newCDPSession(page);
  try {
    const sent: Promise<unknown>[] = [];
    for (let i = 0; i < presses; i++)
      sent.push(
        cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB_KEY }),
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB_KEY }),
      );
    await Promise.all(sent);
  } finally {
    await cdp.detach();
  }
  const log = await page.evaluate<(TabStop | null)[]>('window.__tabLog');
  const stops: TabStop[] = [];
  let left = false;
  for (const stop of log) {
    if (!stop) {
      left = true;
      break;
    }
    if (stops.length > 0 && stop.index === 0 && stops[0]!.index === 0) {
      left = true; // came back round to the first stop: focus did leave the page's end
      break;
    }
    stops.push(stop);
  }
  return { expected, stops, left };
}

/**
 * Every tabbable element is reached, in DOM order (no positive tabindex that
 * jumps around), nothing else takes focus, and after the last stop focus leaves
 * the page: no trap.
 */
export async function tabOrderProblems(page: Page, walk?: Awaited<ReturnType<typeof tabThrough>>): Promise<string[]> {
  const { expected, stops, left } = walk ?? (await tabThrough(page));
  const problems: string[] = [];
  const foreign = stops.filter((s) => s.index === -1);
  for (const s of foreign.slice(0, 3)) problems.push(`focus op iets dat geen link of knop is: ${s.label}`);
  const order = stops.map((s) => s.index).filter((i) => i >= 0);
  const out = order.findIndex((i, n) => n > 0 && i <= order[n - 1]!);
  if (out > 0)
    problems.push(`volgorde wijkt af van de pagina: na ${expected[order[out - 1]!]} komt ${expected[order[out]!]}`);
  const reached = new Set(order);
  const missed = expected.filter((_, i) => !reached.has(i));
  for (const m of missed.slice(0, 3)) problems.push(`niet bereikbaar met Tab: ${m}`);
  if (!left)
    problems.push(
      `focus komt niet los na ${stops.length} keer Tab (laatste: ${stops.at(-1)?.label ?? 'geen'}): een toetsenbordval`,
    );
  return problems;
}

/** WCAG relative luminance contrast of two sRGB colours, each [r, g, b] in 0-255. */
export function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export interface FocusRing {
  label: string;
  /** Each ring drawn around (or inside) the element: colour, width in px, and the background it sits on. */
  rings: { color: number[]; width: number; against: number[] }[];
}

/** Browser code: the focus ring of the focused element (or the nearest of four ancestors that draws one), from computed styles. */
const readFocusRing = (): FocusRing | undefined => {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return undefined;
  const rgb = (v: string): number[] | undefined => {
    const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(v);
    if (!m) return undefined;
    return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  };
  /** The colour behind an element: its own background, or the first ancestor's, blended over white. */
  const backgroundOf = (start: Element | null): number[] => {
    const layers: number[][] = [];
    for (let n = start; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c && c[3]! > 0) {
        layers.push(c);
        if (c[3] === 1) break;
      }
    }
    return layers
      .reverse()
      .reduce((under, c) => under.map((u, i) => (i < 3 ? c[i]! * c[3]! + u * (1 - c[3]!) : 1)), [255, 255, 255, 1]);
  };
  const label = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  for (let node: HTMLElement | null = el, depth = 0; node && depth < 5; node = node.parentElement, depth++) {
    const s = getComputedStyle(node);
    const rings: { color: number[]; width: number; against: number[] }[] = [];
    const outside = backgroundOf(node.parentElement);
    const inside = backgroundOf(node);
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) {
      const color = rgb(s.outlineColor);
      const offset = parseFloat(s.outlineOffset) || 0;
      if (color && color[3]! > 0)
        rings.push({ color, width: parseFloat(s.outlineWidth), against: offset < 0 ? inside : outside });
    }
    if (s.boxShadow && s.boxShadow !== 'none') {
      for (const part of s.boxShadow.split(/,(?![^(]*\))/)) {
        const color = rgb(part);
        const lengths = [...part.replace(/rgba?\([^)]*\)/, '').matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
        const spread = lengths[3] ?? 0;
        if (color && color[3]! > 0 && spread > 0)
          rings.push({ color, width: spread, against: /inset/.test(part) ? inside : outside });
      }
    }
    if (rings.length > 0) return { label, rings };
  }
  return { label, rings: [] };
};

export async function focusRing(page: Page): Promise<FocusRing | undefined> {
  return page.evaluate(readFocusRing);
}

/**
 * Tabs through the page; every stop must show a ring at least 2 px wide whose
 * colour contrasts at least 3:1 with the background next to it (WCAG 2.4.7 and
 * the measure of 2.4.13). A ring drawn in two colours (dark outline over a light
 * halo) passes when one of them does, so it shows on light and dark backgrounds.
 */
export async function focusRingProblems(page: Page, walk?: Awaited<ReturnType<typeof tabThrough>>): Promise<string[]> {
  const { stops } = walk ?? (await tabThrough(page));
  const problems: string[] = [];
  for (const { ring } of stops) {
    if (!ring) continue;
    const good = ring.rings.filter((r) => r.width >= 2 && contrast(r.color, r.against) >= 3);
    if (good.length === 0) {
      const best =
        ring.rings.map((r) => `${r.width}px, contrast ${contrast(r.color, r.against).toFixed(2)}:1`).join('; ') ||
        'geen ring';
      problems.push(`focus op ${ring.label} niet goed zichtbaar (${best})`);
    }
  }
  return problems;
}

/** One walk with Tab through the page, checking order, traps and every focus ring. */
export async function keyboardProblems(page: Page): Promise<string[]> {
  const walk = await tabThrough(page);
  return [...(await tabOrderProblems(page, walk)), ...(await focusRingProblems(page, walk))];
}

/** With prefers-reduced-motion, the page does not scroll smoothly either. */
export async function smoothScrollProblems(page: Page): Promise<string[]> {
  const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  return behaviour === 'smooth' ? ['html scrolt vloeiend (scroll-behavior: smooth)'] : [];
}

/** The visible text blocks of <main>: headings, paragraphs, list items, table cells, terms. */
export async function mainTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'main :is(h1, h2, h3, h4, p, li, dt, dd, td, th, figcaption, blockquote)',
      ),
    ]
      .filter(
        (el) =>
          !el.closest('.only-with-js, [data-search-results], badge-builder [data-preview]') &&
          el.getClientRects().length > 0 &&
          getComputedStyle(el).visibility !== 'hidden',
      )
      .map((el) => el.innerText.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
}

/** Every text block shown with JavaScript (apart from what only exists with it) is also there without. */
export function missingWithoutJs(withJs: string[], withoutJs: string[]): string[] {
  const present = new Set(withoutJs);
  return withJs.filter((t) => !present.has(t)).map((t) => `zonder JavaScript ontbreekt: "${t.slice(0, 60)}"`);
}

/** Same-origin link targets on the page (without fragment), for a request each. */
export async function sameOriginLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .filter((a) => a.origin === location.origin)
        .map((a) => a.href.split('#')[0]!),
    ),
  ]);
}

/** Pixels of an element in a screenshot: how many differ from the background by at least 3:1. */
async function contrastingShare(png: Buffer, background: number[]): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let hits = 0;
  for (let i = 0; i < data.length; i += info.channels)
    if (contrast([data[i]!, data[i + 1]!, data[i + 2]!], background) >= 3) hits++;
  return hits / (info.width * info.height);
}

/** The colour of the page right outside an element's box (3 px above it, or below it at the top of the page). */
async function colourBeside(page: Page, el: ElementHandle): Promise<number[]> {
  await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  const y = box.y > 3 ? box.y - 3 : box.y + box.height + 3;
  const png = await page.screenshot({ clip: { x: Math.max(0, box.x + 2), y, width: 1, height: 1 } });
  const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return [data[0]!, data[1]!, data[2]!];
}

/**
 * In forced colours (Windows high contrast) the logo and every button stay
 * visible, measured in pixels: the logo must stand out 3:1 from the background
 * beside it, and each button must keep a border that does (its fill is gone).
 */
export async function forcedColourProblems(
  page: Page,
  selectors: { logo: string; buttons: string },
): Promise<string[]> {
  const problems: string[] = [];
  const logo = await page.$(selectors.logo);
  if (!logo) problems.push(`geen logo gevonden (${selectors.logo})`);
  else {
    const share = await contrastingShare(await logo.screenshot(), await colourBeside(page, logo));
    if (share < 0.05)
      problems.push(`logo onzichtbaar in hoog contrast: ${(share * 100).toFixed(1)} % van de pixels steekt af`);
  }
  for (const button of await page.$$(selectors.buttons)) {
    if (!(await button.isVisible())) continue;
    const background = await colourBeside(page, button);
    const box = (await button.boundingBox())!;
    // The border: a line across the middle half of the top edge, inside the box.
    const edge = await page.screenshot({
      clip: { x: box.x + box.width / 4, y: box.y, width: box.width / 2, height: 2 },
    });
    if ((await contrastingShare(edge, background)) < 0.5)
      problems.push(`knop "${(await button.innerText()).trim()}" heeft in hoog contrast geen zichtbare rand`);
  }
  return problems;
}

/** Focuses each of the first stops and compares pixels around it before and after: a ring of ≥ 2 px must appear. */
export async function focusPixelProblems(page: Page, stops = 6): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      el.scrollIntoView({ block: 'center' });
      // The ring may be drawn by a card around the link (:focus-within): measure around whoever draws it.
      let owner: HTMLElement = el;
      for (let n: HTMLElement | null = el, d = 0; n && d < 5; n = n.parentElement, d++) {
        if (getComputedStyle(n).outlineStyle !== 'none') {
          owner = n;
          break;
        }
      }
      const r = owner.getBoundingClientRect();
      return {
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
        label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      };
    });
    if (!info) break;
    const pad = 8;
    const clip = {
      x: Math.max(0, info.x - pad),
      y: Math.max(0, info.y - pad),
      width: info.w + 2 * pad,
      height: info.h + 2 * pad,
    };
    const focused = await page.screenshot({ clip });
    await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      el.dataset.refocus = '1';
      el.blur();
    });
    const plain = await page.screenshot({ clip });
    await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-refocus]')!;
      delete el.dataset.refocus;
      el.focus({ focusVisible: true });
    });
    const [a, b] = await Promise.all(
      [focused, plain].map((p) => sharp(p).removeAlpha().raw().toBuffer({ resolveWithObject: true })),
    );
    let changed = 0;
    for (let j = 0; j < a!.data.length; j += a!.info.channels) {
      if (
        contrast([a!.data[j]!, a!.data[j + 1]!, a!.data[j + 2]!], [b!.data[j]!, b!.data[j + 1]!, b!.data[j + 2]!]) >= 3
      )
        changed++;
    }
    // A 2 px ring around the element covers about 2 × its perimeter in CSS px (the screenshot's scale applies).
    const scale = a!.info.width / clip.width;
    const needed = 2 * 2 * (info.w + info.h) * scale * scale * 0.8;
    if (changed < needed)
      problems.push(
        `focus op ${info.label} in hoog contrast niet zichtbaar: ${changed} pixels veranderen, nodig ${Math.round(needed)}`,
      );
  }
  return problems;
}
