/** Gates measured from the built files of the real site (and the BASE_PATH build for links). */
import { describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { realPageTypes } from '../helpers/page-types';
import { sitemapPaths } from '../helpers/sitemap';
import { budgetProblems, pageWeight } from '../gates/budgets';
import { htmlErrors } from '../gates/html-validation';
import { brokenLinks } from '../gates/links';
import { buildWarnings } from '../gates/build-warnings';
import { readFileSync } from 'node:fs';
import { metadataProblems } from '../gates/metadata';
import { java, skipWithout } from '../helpers/system-tools';

describe('quality gates on the real build', () => {
  it('has no broken internal link or missing #fragment', () => {
    expect(brokenLinks(sites.real)).toEqual([]);
  });

  it.skipIf(skipWithout(java, 'de HTML-controle (vnu)'))('passes the W3C Nu HTML checker on every page', () => {
    expect(htmlErrors(sites.real)).toEqual([]);
  });

  it('gives every sitemap page a unique title, a description, its own canonical URL and an existing Open Graph image', () => {
    const paths = sitemapPaths(sites.real, TEST_SITE);
    expect(paths.length).toBeGreaterThan(30);
    expect(metadataProblems(sites.real, paths, TEST_SITE)).toEqual([]);
  });

  it.each(Object.entries(sites))('builds the %s site without a warning in its log', (_, dir) => {
    expect(buildWarnings(readFileSync(`${dir}.log`, 'utf8'))).toEqual([]);
  });

  // The early worker's own faults (a file it failed on or made for nothing) are warnings, so the gate above holds them.
  it.each(Object.entries(sites))('starts on the %s site images while its pages render (a cold build)', (_, dir) => {
    const line = /beelden: (\d+) naast Astro gemaakt, waarvan (\d+) tijdens het renderen/.exec(
      readFileSync(`${dir}.log`, 'utf8'),
    );
    expect(Number(line?.[2])).toBeGreaterThan(0);
  });

  it('finds a warning in a build log (the line Vite printed once per MDX entry before astro.config.mjs filtered it)', () => {
    const line =
      '22:33:03 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive "use astro:head-inject" in "x.mdx" may not be preserved when bundling.';
    expect(buildWarnings(`22:33:02 [build] Building\n${line}\n   │`)).toHaveLength(1);
  });

  it.each(realPageTypes)('keeps the $type page within its budgets', ({ type, path, scripts }) => {
    const weight = pageWeight(sites.real, path);
    console.log(`${type} ${path}: HTML ${weight.html} B, CSS ${weight.css} B, JS ${weight.js} B (gzip)`);
    expect(budgetProblems(type, path, weight, scripts)).toEqual([]);
  });
});
