/** A build with BASE_PATH=/mbo030/: no internal link, asset or canonical URL escapes the base. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { brokenLinks } from '../gates/links';
import { listFiles, page, pagePaths } from '../helpers/dist';

const dir = sites.fixtureBase;
const base = '/mbo030/';

describe('BASE_PATH=/mbo030/', () => {
  it('builds every page under the base, with no link outside it', () => {
    expect(pagePaths(dir).length).toBeGreaterThan(15);
    expect(brokenLinks(dir, base)).toEqual([]);
  });

  it('gives canonical URLs, the sitemap and robots.txt under the base', () => {
    expect(page(dir, '/verhalen/anna-verhaal/').querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      `${TEST_SITE}${base}verhalen/anna-verhaal/`,
    );
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
