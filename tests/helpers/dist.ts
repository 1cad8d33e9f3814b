/** Reading a built site: pages as parsed HTML, and every built file. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** All files below a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)));
}

/** Built HTML pages as URL paths: `index.html` → `/`, `verhalen/x/index.html` → `/verhalen/x/`. */
export function pagePaths(dir: string): string[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}

/** The file behind a URL path within a built site, or undefined. */
export function fileFor(dir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, clean, 'index.html')];
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
