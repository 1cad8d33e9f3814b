/**
 * Gate: page weight per page type, measured from the built files and
 * compressed with gzip as a CDN would serve them.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { fileFor } from '../helpers/dist';

/** `shareJs`: the "Deel" element on story, event and diary pages, the only script a content page may have. */
export const BUDGET = { html: 30_000, css: 20_000, fonts: 100_000, enhancedJs: 10_000, shareJs: 1_024 };

/** What script a page may load: none (content pages), the share element, or an enhancement (agenda, search, badge builder). */
export type ScriptAllowance = 'none' | 'share' | 'enhanced';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** Scripts loaded from another origin: never allowed. */
  externalScripts?: string[];
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Gzipped bytes of a page's HTML, its stylesheets and the scripts it loads up front (Pagefind's own files excepted). */
export function pageWeight(dir: string, path: string, base = '/'): PageWeight {
  const file = fileFor(dir, path);
  if (!file) throw new Error(`geen pagina ${path}`);
  const doc = parse(readFileSync(file, 'utf8'));
  const local = (href: string) =>
    fileFor(dir, `/${new URL(href, `https://x${base}${path.slice(1)}`).pathname.slice(base.length)}`);
  const css = doc.querySelectorAll('link[rel=stylesheet]').map((l) => local(l.getAttribute('href')!));
  const inlineCss = doc.querySelectorAll('style').reduce((n, s) => n + gzipSync(s.textContent).length, 0);
  const externalScripts: string[] = [];
  let js = 0;
  for (const s of doc.querySelectorAll('script')) {
    const src = s.getAttribute('src');
    if (src?.includes('/pagefind/') || s.getAttribute('type') === 'application/ld+json') continue;
    if (!src) js += gzipSync(s.textContent).length;
    else if (/^(https?:)?\/\//.test(src)) externalScripts.push(src);
    else js += gz(local(src) ?? file);
  }
  return {
    html: gz(file),
    css: css.reduce((n, f) => n + (f ? gz(f) : 0), 0) + inlineCss,
    js,
    externalScripts,
  };
}

/** Budget problems for one page: named page type, path and byte counts. */
export function budgetProblems(type: string, path: string, weight: PageWeight, scripts: ScriptAllowance): string[] {
  const problems: string[] = [];
  if (weight.html > BUDGET.html)
    problems.push(`${type} (${path}): HTML ${weight.html} bytes gzip, budget ${BUDGET.html}`);
  if (weight.css > BUDGET.css) problems.push(`${type} (${path}): CSS ${weight.css} bytes gzip, budget ${BUDGET.css}`);
  const jsBudget = { none: 0, share: BUDGET.shareJs, enhanced: BUDGET.enhancedJs }[scripts];
  if (weight.js > jsBudget) problems.push(`${type} (${path}): JavaScript ${weight.js} bytes gzip, budget ${jsBudget}`);
  for (const src of weight.externalScripts ?? [])
    problems.push(`${type} (${path}): JavaScript van een andere partij: ${src}`);
  return problems;
}
