/** What goes into the search index of the fixture build, read from the built files. */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { fileFor, pagePaths } from '../helpers/dist';
import { sitemapPaths } from '../helpers/sitemap';

const html = (path: string) => parse(readFileSync(fileFor(sites.fixture, path)!, 'utf8'));
const notIndexed = ['/404.html', '/zoeken/', '/agenda/school/alfa-college/', '/agenda/soort/cultuur/'];

describe('the search index of the fixture build', () => {
  it.each(notIndexed)('%s is not indexed', (path) => {
    expect(html(path).querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
  });

  it('every other page in the sitemap indexes its <main> only', () => {
    // Listings that repeat other pages are left out: filtered agenda views, the archive per year, later overview pages.
    const indexed = sitemapPaths(sites.fixture, TEST_SITE).filter(
      (p) =>
        !notIndexed.includes(p) && !/^\/(agenda\/(school|soort|archief)\/|(verhalen|ambassadeurs)\/pagina\/)/.test(p),
    );
    expect(indexed.length).toBeGreaterThan(10);
    for (const path of indexed) {
      const bodies = html(path).querySelectorAll('[data-pagefind-body]');
      expect(
        bodies.map((b) => b.tagName),
        path,
      ).toEqual(['MAIN']);
    }
  });

  it('counts exactly the pages that carry data-pagefind-body', () => {
    const withBody = pagePaths(sites.fixture).filter((p) => html(p).querySelector('[data-pagefind-body]'));
    const entry = JSON.parse(readFileSync(`${sites.fixture}/pagefind/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    expect(entry.languages.nl!.page_count).toBe(withBody.length);
  });

  it('keeps related blocks and card lists out of the indexed text', () => {
    const story = html('/verhalen/anna-verhaal/');
    for (const section of story.querySelectorAll('main section'))
      expect(section.hasAttribute('data-pagefind-ignore')).toBe(true);
    const overview = html('/verhalen/');
    expect(overview.querySelector('main ul[role=list]')!.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('gives a story its filters, sort key and card data', () => {
    const spans = html('/verhalen/anna-verhaal/').querySelectorAll('main [hidden] span');
    const attrs = spans.map((s) => {
      const [attr] = Object.keys(s.attributes);
      return `${attr}=${s.getAttribute(attr!)}:${s.textContent}`;
    });
    expect(attrs).toEqual(
      expect.arrayContaining([
        'data-pagefind-filter=soort:verhaal',
        'data-pagefind-filter=school:Alfa College',
        'data-pagefind-filter=sector:ict',
        'data-pagefind-filter=jaar:2022',
        'data-pagefind-sort=datum:2022-05-01',
        'data-pagefind-meta=soort:Verhaal',
        'data-pagefind-meta=datum:Op mbo030 sinds 1 mei 2022',
      ]),
    );
    const thumb = spans.find((s) => s.getAttribute('data-pagefind-meta') === 'image')!;
    expect(thumb.textContent).toMatch(/^\/_astro\/.+\.webp$/);
  });
});
