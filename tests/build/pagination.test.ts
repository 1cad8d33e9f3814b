/**
 * Overviews in pages, so they stay light however much content there is: the
 * fixture built with one item per page (MBO030_PAGE_SIZE=1) must page its
 * stories and ambassadors, keep the agenda's archive to the newest event with
 * a page per year, and cap a school's lists.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_NOW, fixtureContent, runAstro } from '../helpers/astro-run';
import { listFiles, page, text } from '../helpers/dist';
import { matchRoute, routes, type RouteName } from '../../src/lib/routes';
import { brokenLinks } from '../gates/links';

const dir = mkdtempSync(join(tmpdir(), 'mbo030-pages-'));
const out = join(dir, 'dist');
beforeAll(async () => {
  const { code, output } = await runAstro('build', {
    CONTENT_DIR: fixtureContent,
    OUT_DIR: out,
    CACHE_DIR: join(dir, 'cache'),
    MBO030_NOW: FIXTURE_NOW,
    MBO030_PAGE_SIZE: '1',
  });
  if (code !== 0) throw new Error(output.slice(-3000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('route map', () => {
  it('has every route of src/lib/routes.ts built (with one item per page, the paged routes too)', () => {
    const built = listFiles(out).map((f) => f.replace(/index\.html$/, ''));
    const unbuilt = (Object.keys(routes) as RouteName[]).filter(
      (name) => !built.some((f) => matchRoute(f)?.name === name),
    );
    expect(unbuilt).toEqual([]);
  });
});

describe('paged overviews', () => {
  it('splits the stories over pages with working previous/next links', () => {
    const first = page(out, '/verhalen/');
    const second = page(out, '/verhalen/pagina/2/');
    expect(first.querySelectorAll('main ul[role=list] > li article')).toHaveLength(1);
    expect(first.querySelector('nav[aria-label="Pagina\'s met verhalen"] a[rel=next]')?.getAttribute('href')).toBe(
      '/verhalen/pagina/2/',
    );
    expect(second.querySelector('a[rel=prev]')?.getAttribute('href')).toBe('/verhalen/');
    expect(second.querySelector('a[aria-current=page]')?.getAttribute('href')).toBe('/verhalen/pagina/2/');
    expect(text(second.querySelector('title'))).toBe('Verhalen, pagina 2 | mbo030');
    // Only the first page is in site search; the others repeat the stories.
    expect(second.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('pages the ambassadors too', () => {
    expect(page(out, '/ambassadeurs/pagina/2/').querySelector('main h2')).not.toBeNull();
  });

  it('shows only the newest past event on the agenda, with an archive page per year', () => {
    const agenda = page(out, '/agenda/');
    const archive = agenda.querySelector('nav[aria-label="Datum voorbij, per jaar"]')!;
    const years = archive.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(years).toEqual(['/agenda/archief/2022/', '/agenda/archief/2021/', '/agenda/archief/2020/']);
    const archiveSection = agenda.querySelector('#archief')!.parentNode!;
    expect(text(archiveSection)).toContain('Gehouden open podium');
    expect(text(archiveSection)).not.toContain('Jubileumjaar');
    expect(text(archiveSection)).not.toContain('Wielerronde');
    expect(text(page(out, '/agenda/archief/2020/').querySelector('main h3'))).toBe('Wielerronde');
  });

  it('leaves no broken link between the pages', () => {
    expect(brokenLinks(out)).toEqual([]);
  });
});
