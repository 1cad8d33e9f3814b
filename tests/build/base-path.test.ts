/** A build with BASE_PATH=/mbo030/: no internal link, asset or canonical URL escapes the base. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { fileFor, listFiles, page, pagePaths } from '../helpers/dist';

const dir = sites.fixtureBase;
const base = '/mbo030/';

/** Every URL an HTML page points at: href, src, srcset, content of URL-valued meta tags. */
function urlsIn(path: string): string[] {
  const doc = page(dir, path);
  const urls: string[] = [];
  for (const el of doc.querySelectorAll('[href], [src], [srcset], meta[content]')) {
    for (const attr of ['href', 'src']) {
      const v = el.getAttribute(attr);
      if (v) urls.push(v);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) urls.push(...srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!));
    const content = el.getAttribute('content');
    if (content && /^(https?:)?\//.test(content)) urls.push(content);
  }
  return urls;
}

describe('BASE_PATH=/mbo030/', () => {
  it('builds every page, and every root-relative URL starts with the base and resolves to a built file', () => {
    const paths = pagePaths(dir);
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) {
      for (const url of urlsIn(path)) {
        if (url.startsWith('#') || /^(mailto|tel):/.test(url)) continue;
        const resolved = new URL(url, `${TEST_SITE}${base}${path.slice(1)}`);
        if (resolved.origin !== TEST_SITE) continue;
        expect(resolved.pathname.startsWith(base), `${url} on ${path} escapes ${base}`).toBe(true);
        expect(fileFor(dir, resolved.pathname.slice(base.length - 1)), `${url} on ${path} does not exist`).toBeDefined();
      }
    }
  });

  it('gives canonical URLs, the sitemap and robots.txt under the base', () => {
    expect(page(dir, '/verhalen/anna-verhaal/').querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${TEST_SITE}${base}verhalen/anna-verhaal/`);
    const sitemap = readFileSync(`${dir}/sitemap-0.xml`, 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(15);
    for (const loc of locs) expect(loc.startsWith(`${TEST_SITE}${base}`), loc).toBe(true);
    expect(readFileSync(`${dir}/robots.txt`, 'utf8')).toContain(`Sitemap: ${TEST_SITE}${base}sitemap-index.xml`);
  });

  it('writes CSS whose font URLs stay under the base', () => {
    const css = listFiles(dir).filter((f) => f.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const f of css) {
      for (const m of readFileSync(`${dir}/${f}`, 'utf8').matchAll(/url\(([^)]+)\)/g)) {
        const url = m[1]!.replace(/["']/g, '');
        if (url.startsWith('data:')) continue;
        expect(url.startsWith(base), `${url} in ${f}`).toBe(true);
      }
    }
  });
});
