/**
 * Gate: the split web font draws every character Noto Sans drew before, and the
 * real pages need only the preloaded file. Reads a built page's @font-face rules
 * (Astro's <style> in the head) and the characters a reader can see: the text of
 * the body, placeholders, button values and alt texts, `content` strings in the
 * page's stylesheets, and the non-ASCII characters of the page's own scripts
 * (their messages and labels).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import {
  DUTCH_SUBSET,
  NOTO_LATIN,
  WEIGHTS_IN_USE,
  NOTO_LATIN_EXT,
  inRanges,
  normalizeRanges,
  parseUnicodeRange,
  uncoveredCharacters,
  type CodepointRange,
} from '../../src/lib/web-font';
import { fileFor } from '../helpers/dist';

export interface WebFontFace {
  /** The file's URL as written in `src: url(…)`. */
  url: string;
  ranges: CodepointRange[];
}

/** What Noto Sans drew before the split: @fontsource's Latin and Latin Extended files. */
export const DRAWN_BEFORE = normalizeRanges([...parseUnicodeRange(NOTO_LATIN), ...parseUnicodeRange(NOTO_LATIN_EXT)]);

/** The @font-face rules with a file (not the local() fallback faces) and their unicode-range. */
export function webFontFaces(html: string): WebFontFace[] {
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body]) => {
    const url = /src:\s*url\(["']?([^"')]+)["']?\)/.exec(body!)?.[1];
    if (!url) return [];
    const range = /unicode-range:\s*([^;}]+)/.exec(body!)?.[1];
    return [{ url, ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]] }];
  });
}

/** The fonts a page preloads. */
export function preloadedFonts(html: string): string[] {
  return parse(html)
    .querySelectorAll('link[rel=preload][as=font]')
    .map((l) => l.getAttribute('href')!);
}

/**
 * What a page fetches before its first paint, besides its HTML: linked
 * stylesheets, @import in its <style>, a web manifest (Chrome fetches it at
 * once, on a connection of its own), preloads and scripts that block parsing.
 * On slow 4G each one shares the line with the font the first text waits for
 * (docs/performance.md, LCP): the site asks for its stylesheet and the font only.
 */
export function firstPaintRequests(html: string): string[] {
  const head = parse(html).querySelector('head');
  if (!head) return [];
  const links = head
    .querySelectorAll('link[rel=stylesheet], link[rel=manifest], link[rel=preload], link[rel=modulepreload]')
    .map((l) => `${l.getAttribute('rel')} ${l.getAttribute('href')}`);
  const imports = head
    .querySelectorAll('style')
    .flatMap((s) =>
      [...s.textContent.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)].map((m) => `@import ${m[1]}`),
    );
  const scripts = head
    .querySelectorAll('script[src]')
    .filter((s) => !s.hasAttribute('async') && !s.hasAttribute('defer') && s.getAttribute('type') !== 'module')
    .map((s) => `script ${s.getAttribute('src')}`);
  return [...links, ...imports, ...scripts];
}

/** Decodes CSS escapes (`\201C`, `\"`) in a `content` string. */
const cssString = (s: string) =>
  s.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_, hex: string | undefined, ch: string | undefined) =>
    hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : ch!,
  );

/** Every character a reader of the page can see; `asset` reads a file the page links to (by its href). */
export function visibleText(html: string, asset: (href: string) => string | undefined): string {
  const doc = parse(html);
  const scripts = doc.querySelectorAll('script[src]').map((s) => asset(s.getAttribute('src')!) ?? '');
  const styles = doc.querySelectorAll('link[rel=stylesheet]').map((l) => asset(l.getAttribute('href')!) ?? '');
  const inlineStyles = doc.querySelectorAll('style').map((s) => s.textContent);
  doc.querySelectorAll('script, style').forEach((el) => el.remove());
  const body = doc.querySelector('body');
  const attributes = (
    body?.querySelectorAll('[placeholder], [alt], input[type=submit][value], input[type=button][value]') ?? []
  ).map(
    (el) => `${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('alt') ?? ''} ${el.getAttribute('value') ?? ''}`,
  );
  const contents = [...styles, ...inlineStyles].flatMap((css) =>
    [...css.matchAll(/content:\s*(["'])((?:\\.|(?!\1).)*)\1/g)].map((m) => cssString(m[2]!)),
  );
  const scriptText = scripts.map((js) => [...js].filter((ch) => ch.codePointAt(0)! > 0x7f).join(''));
  return [body?.text ?? '', ...attributes, ...contents, ...scriptText].join(' ');
}

/** Reads the files a page links to, from the built site. */
export function siteAssets(dir: string, pagePath: string): (href: string) => string | undefined {
  return (href) => {
    if (/^(https?:)?\/\//.test(href)) return undefined;
    const file = fileFor(dir, new URL(href, `https://x${pagePath}`).pathname);
    return file ? readFileSync(file, 'utf8') : undefined;
  };
}

/** Characters that Noto Sans drew before the split and no face of the page covers now. */
export function fontCoverageProblems(
  label: string,
  html: string,
  asset: (href: string) => string | undefined,
): string[] {
  const faces = webFontFaces(html).map((f) => f.ranges);
  const missing = uncoveredCharacters(visibleText(html, asset), faces, DRAWN_BEFORE);
  return missing.length
    ? [`${label}: ${missing.map(describe).join(', ')} vallen buiten elk @font-face van Noto Sans`]
    : [];
}

/** Characters Noto Sans draws that are not in the preloaded subset: the page fetches a second file for them. */
export function beyondSubset(label: string, html: string, asset: (href: string) => string | undefined): string[] {
  const beyond = new Set(
    [...visibleText(html, asset)].filter(
      (ch) => inRanges(ch.codePointAt(0)!, DRAWN_BEFORE) && !inRanges(ch.codePointAt(0)!, DUTCH_SUBSET),
    ),
  );
  return beyond.size
    ? [`${label}: ${[...beyond].map(describe).join(', ')} niet in DUTCH_SUBSET (src/lib/web-font.ts)`]
    : [];
}

/**
 * What a stylesheet asks of the font beyond the subset: a weight under the kept
 * axis, or OpenType features the subset left out (figure styles, fractions).
 */
export function fontRequestProblems(label: string, css: string): string[] {
  const problems: string[] = [];
  for (const [, value] of css.matchAll(/font-weight:\s*([^;}]+)/g)) {
    const n = Number(value!.trim());
    if (value!.trim() === 'lighter' || (Number.isFinite(n) && n < WEIGHTS_IN_USE.min))
      problems.push(`${label}: font-weight ${value!.trim()} (het deelbestand begint bij ${WEIGHTS_IN_USE.min})`);
  }
  for (const [rule] of css.matchAll(/font-variant-numeric:\s*[^;}]+|font-feature-settings:\s*["'][^;}]+/g))
    problems.push(`${label}: ${rule} (het deelbestand heeft alleen DEFAULT_FEATURES)`);
  return problems;
}

const describe = (ch: string) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
