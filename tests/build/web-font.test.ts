/**
 * The split web font on the built sites: every character Noto Sans drew before
 * still has a Noto Sans face (subset, rest of Latin, Latin Extended), before its
 * first paint every page fetches its stylesheet and the subset and nothing else,
 * and the real content needs no second file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DUTCH_SUBSET } from '../../src/lib/web-font';
import { sites } from '../helpers/astro-run';
import { fileFor, pagePaths } from '../helpers/dist';
import {
  beyondSubset,
  firstPaintRequests,
  fontCoverageProblems,
  fontRequestProblems,
  preloadedFonts,
  siteAssets,
  webFontFaces,
} from '../gates/web-font';

const html = (dir: string, path: string) => readFileSync(fileFor(dir, path)!, 'utf8');
const everyPage = (
  dir: string,
  check: (label: string, html: string, asset: ReturnType<typeof siteAssets>) => string[],
) => pagePaths(dir).flatMap((path) => check(path, html(dir, path), siteAssets(dir, path)));

describe('web font', () => {
  it.each([
    ['real', sites.real],
    ['fixture', sites.fixture],
  ])('%s site: every character that Noto Sans drew before has a Noto Sans face on its page', (_, dir) => {
    expect(pagePaths(dir).length).toBeGreaterThan(20);
    expect(everyPage(dir, fontCoverageProblems)).toEqual([]);
  });

  it.each([
    ['real', sites.real],
    ['fixture', sites.fixture],
  ])('%s site: before its first paint a page fetches its stylesheet and the subset font, nothing else', (_, dir) => {
    const problems = pagePaths(dir).flatMap((path) => {
      const page = html(dir, path);
      const subset = webFontFaces(page).find(
        (f) => JSON.stringify(f.ranges) === JSON.stringify(DUTCH_SUBSET.map(([a, b]) => [a, b])),
      );
      const requests = firstPaintRequests(page);
      const fonts = preloadedFonts(page);
      const stylesheets = requests.filter((r) => /^stylesheet \/(\w+\/)*_astro\/[^/]+\.css$/.test(r));
      return subset &&
        fonts.length === 1 &&
        fonts[0] === subset.url &&
        stylesheets.length === 1 &&
        requests.length === 2
        ? []
        : [`${path}: ${requests.join(', ') || 'niets'} vóór de eerste weergave, subset ${subset?.url ?? 'ontbreekt'}`];
    });
    expect(problems).toEqual([]);
  });

  it('the first-paint check sees a stylesheet, an @import, a manifest and a blocking script', () => {
    const head = (inner: string) => `<html><head>${inner}</head><body></body></html>`;
    expect(firstPaintRequests(head('<link rel="preload" href="/f.woff2" as="font" crossorigin>'))).toEqual([
      'preload /f.woff2',
    ]);
    expect(
      firstPaintRequests(
        head(
          '<link rel="stylesheet" href="/a.css"><style>@import url("/b.css");</style><link rel="manifest" href="/site.webmanifest"><script src="/c.js"></script><script type="module" src="/d.js"></script><script src="/e.js" defer></script>',
        ),
      ),
    ).toEqual(['stylesheet /a.css', 'manifest /site.webmanifest', '@import /b.css', 'script /c.js']);
  });

  it('the real content needs only the preloaded subset (a new character: add it to DUTCH_SUBSET, npm run font:subset)', () => {
    expect(everyPage(sites.real, beyondSubset)).toEqual([]);
  });

  it('no stylesheet asks for a weight or an OpenType feature that the subset left out', () => {
    // The stylesheets the pages link to, and their <style> blocks (Pagefind ships a
    // component UI stylesheet that no page of ours loads).
    const linked = new Set(
      pagePaths(sites.real).flatMap((path) =>
        [...html(sites.real, path).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
          fileFor(sites.real, m[1]!)!,
        ),
      ),
    );
    expect(linked.size).toBeGreaterThan(0);
    expect([...linked].flatMap((f) => fontRequestProblems(f, readFileSync(f, 'utf8')))).toEqual([]);
    const inline = (page: string) =>
      [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
    expect(pagePaths(sites.real).flatMap((path) => fontRequestProblems(path, inline(html(sites.real, path))))).toEqual(
      [],
    );
    expect(
      fontRequestProblems(
        'x.css',
        '.a{font-weight:300}.b{font-weight:lighter}.c{font-weight:var(--w)}.t{font-variant-numeric:tabular-nums}.f{font-feature-settings:"frac"}',
      ),
    ).toEqual([
      'x.css: font-weight 300 (het deelbestand begint bij 400)',
      'x.css: font-weight lighter (het deelbestand begint bij 400)',
      'x.css: font-variant-numeric:tabular-nums (het deelbestand heeft alleen DEFAULT_FEATURES)',
      'x.css: font-feature-settings:"frac" (het deelbestand heeft alleen DEFAULT_FEATURES)',
    ]);
  });

  it('the gates catch a missing face and a character beyond the subset', () => {
    const page = html(sites.real, '/');
    const withText = (h: string, text: string) => h.replace('</main>', `<p>${text}</p></main>`);
    const asset = siteAssets(sites.real, '/');
    expect(fontCoverageProblems('/', withText(page, 'Merk™'), asset)).toEqual([]);
    // Without the face for the rest of the Latin file, ™ would be drawn by a system font.
    const restUrl = webFontFaces(page).find((f) => f.ranges.some(([a, b]) => a <= 0x2122 && 0x2122 <= b))!.url;
    const withoutRest = withText(page, 'Merk™').replace(
      new RegExp(`@font-face\\{[^}]*${restUrl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^}]*\\}`),
      '',
    );
    expect(fontCoverageProblems('/', withoutRest, asset)).toEqual([
      '/: "™" (U+2122) vallen buiten elk @font-face van Noto Sans',
    ]);
    expect(beyondSubset('/', withText(page, 'Œuvre van Şükrü → ✓'), asset)).toEqual([
      '/: "Œ" (U+0152), "Ş" (U+015E) niet in DUTCH_SUBSET (src/lib/web-font.ts)',
    ]);
  });
});
