/** Reading a built site: pages as parsed HTML, and every built file. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { staticPrefix } from '../../src/lib/routes';

/** All files below a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}

/**
 * Built HTML pages of the site as URL paths: `index.html` → `/`, `verhalen/x/index.html`
 * → `/verhalen/x/`. Not the CMS under /admin/: it is no page of the site, has its
 * own policy and budget, and tests/browser/admin-cms.test.ts checks it.
 */
export function pagePaths(dir: string): string[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith(staticPrefix('adminFile')))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}

/** The file behind a URL path within a built site, or undefined. */
export function fileFor(dir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/')
    ? [join(dir, clean, 'index.html')]
    : [join(dir, clean), join(dir, clean, 'index.html')];
  return candidates.find((c) => existsSync(c));
}

export function page(dir: string, urlPath: string): HTMLElement {
  const file = fileFor(dir, urlPath);
  if (!file) throw new Error(`No built page for ${urlPath} in ${dir}`);
  return parse(readFileSync(file, 'utf8'));
}

export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
