/**
 * The fixture site, built with a fixed "now" (2022-06-15): every page type,
 * what must be absent (drafts, ended consent), the calendar split, and the
 * links between stories, ambassadors, schools and tour visits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { staticPrefix } from '../../src/lib/routes';
import { iconDataUrl } from '../../src/lib/trademark/icon';
import { describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { fileFor, listFiles, page, pagePaths, text } from '../helpers/dist';

const dir = sites.fixture;
const log = () => readFileSync(`${dir}.log`, 'utf8');
const hrefs = (path: string) =>
  page(dir, path)
    .querySelectorAll('main a[href]')
    .map((a) => a.getAttribute('href')!);

const pageTypes = {
  home: '/',
  stories: '/verhalen/',
  story: '/verhalen/anna-verhaal/',
  ambassadors: '/ambassadeurs/',
  ambassador: '/ambassadeurs/anna/',
  agenda: '/agenda/',
  event: '/agenda/toekomst-dag/',
  tour: '/mbo-tour-030/',
  tourVisit: '/mbo-tour-030/bezoek-alfa/',
  schools: '/scholen/',
  school: '/scholen/alfa-college/',
  trademark: '/mbo030/',
  about: '/over/',
  accessibility: '/toegankelijkheid/',
  privacy: '/privacy/',
};

describe('every page type is built', () => {
  it.each(Object.entries(pageTypes))('%s at %s', (_, path) => {
    expect(fileFor(dir, path), path).toBeDefined();
  });

  it('has a Dutch 404 page, robots.txt with the sitemap, a sitemap and a favicon set', () => {
    expect(text(page(dir, '/404.html').querySelector('h1'))).toBe('Deze pagina bestaat niet');
    expect(readFileSync(`${dir}/robots.txt`, 'utf8')).toContain(`Sitemap: ${TEST_SITE}/sitemap-index.xml`);
    const sitemap = readFileSync(`${dir}/sitemap-0.xml`, 'utf8');
    for (const path of Object.values(pageTypes)) expect(sitemap).toContain(`<loc>${TEST_SITE}${path}</loc>`);
    expect(sitemap).not.toContain('404');
    for (const f of ['favicon.ico', 'favicon.svg', 'apple-touch-icon.png']) {
      expect(existsSync(`${dir}/${f}`), f).toBe(true);
    }
    // The SVG icon, which browsers that draw SVG icons choose, is in the page: no request on a first visit.
    const svgIcons = pagePaths(dir).map((path) =>
      page(dir, path).querySelector('link[rel=icon][type="image/svg+xml"]')?.getAttribute('href'),
    );
    expect(svgIcons.filter((h) => h !== iconDataUrl)).toEqual([]);
  });
});

describe('what must stay hidden', () => {
  const all = () => pagePaths(dir);

  it('leaves drafts out of the production build', () => {
    expect(all()).not.toContain('/verhalen/concept-verhaal/');
    expect(all()).not.toContain('/ambassadeurs/eva/');
    expect(all()).not.toContain('/agenda/conceptevenement/');
    expect(all()).not.toContain('/agenda/concept-evenement/');
  });

  it('leaves out an ambassador whose consent ended, and the story that features her', () => {
    expect(all()).not.toContain('/ambassadeurs/bram/');
    expect(all()).not.toContain('/verhalen/bram-verhaal/');
    expect(all()).not.toContain('/ambassadeurs/cas/');
    for (const path of all()) {
      const html = readFileSync(fileFor(dir, path)!, 'utf8');
      expect(html, path).not.toMatch(/Bram|Cas\b|Eva\b|conceptverhaal/i);
    }
  });

  it('publishes an under-16 ambassador whose parent gave consent', () => {
    expect(all()).toContain('/ambassadeurs/dirk/');
  });

  it('prints which entries it left out, and why', () => {
    const output = log();
    expect(output).toMatch(/niet gepubliceerd/);
    expect(output).toMatch(/ambassadeurs\/bram\.mdx: toestemming is verlopen op 2022-06-14/);
    expect(output).toMatch(/ambassadeurs\/cas\.mdx: toestemming gaat pas in op 2022-07-01/);
    expect(output).toMatch(/verhalen\/bram-verhaal\.mdx: gaat over bram/);
    expect(output).toMatch(/verhalen\/concept-verhaal\.mdx: concept \(draft: true\)/);
  });
});

describe('every page has its metadata and landmarks', () => {
  const paths = () => pagePaths(dir);

  it('has a unique title and description, a canonical URL of its own and an existing Open Graph image', () => {
    const titles = new Set<string>();
    for (const path of paths()) {
      const doc = page(dir, path);
      const title = text(doc.querySelector('title'));
      expect(title, path).not.toBe('');
      expect(titles.has(title), `duplicate title "${title}" on ${path}`).toBe(false);
      titles.add(title);
      expect(doc.querySelector('meta[name=description]')?.getAttribute('content'), path).toBeTruthy();
      const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
      if (path === '/404.html') expect(canonical).toBeUndefined();
      else expect(canonical, path).toBe(`${TEST_SITE}${path}`);
      for (const prop of ['og:title', 'og:description', 'og:image', ...(path === '/404.html' ? [] : ['og:url'])]) {
        expect(
          doc.querySelector(`meta[property="${prop}"]`)?.getAttribute('content'),
          `${prop} on ${path}`,
        ).toBeTruthy();
      }
      const og = new URL(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!);
      expect(og.origin).toBe(TEST_SITE);
      expect(fileFor(dir, og.pathname), `og:image of ${path}`).toBeDefined();
    }
  });

  it('is Dutch, starts with a skip link to <main>, and has banner, navigation, main and footer', () => {
    for (const path of paths()) {
      const doc = page(dir, path);
      expect(doc.querySelector('html')?.getAttribute('lang'), path).toBe('nl');
      const first = doc.querySelector('body a');
      expect(first?.getAttribute('href'), path).toBe('#inhoud');
      expect(doc.querySelector('main#inhoud'), path).not.toBeNull();
      expect(doc.querySelector('header nav[aria-label=Hoofdmenu]'), path).not.toBeNull();
      expect(doc.querySelector('footer'), path).not.toBeNull();
      expect(doc.querySelectorAll('h1'), path).toHaveLength(1);
    }
  });

  it('counts the schools in the footer and on the schools page from the content (two here, four in real content)', () => {
    const footer = page(dir, '/').querySelector('footer')!;
    expect(text(footer.querySelector('nav[aria-label=Scholen] h2'))).toBe('De twee mbo-scholen');
    expect(footer.querySelectorAll('nav[aria-label=Scholen] li')).toHaveLength(2);
    expect(text(footer)).toContain('de twee Utrechtse mbo-scholen');
    expect(text(page(dir, '/scholen/').querySelector('h1'))).toBe('De twee Utrechtse mbo-scholen');
    expect(text(page(sites.real, '/').querySelector('footer nav[aria-label=Scholen] h2'))).toBe('De vier mbo-scholen');
  });

  it('marks the current section in the header', () => {
    expect(page(dir, '/verhalen/').querySelector('nav a[aria-current=page]')?.getAttribute('href')).toBe('/verhalen/');
    expect(page(dir, '/verhalen/anna-verhaal/').querySelector('nav a[aria-current=true]')?.getAttribute('href')).toBe(
      '/verhalen/',
    );
    expect(page(dir, '/').querySelector('nav a[aria-current]')).toBeNull();
  });

  it('ships no JavaScript on content pages but the share element on stories, events and diary entries; the agenda views, search and the badge builder have one enhancement', () => {
    const enhanced = (path: string) =>
      /^\/agenda\/((school|soort)\/[^/]+\/)?$/.test(path) || path === '/zoeken/' || path === '/mbo030/badge/';
    const sharing = (path: string) =>
      /^\/(verhalen|agenda|mbo-tour-030)\/[^/]+\/$/.test(path) &&
      !enhanced(path) &&
      !/^\/verhalen\/pagina\//.test(path);
    const scriptFiles = new Set<string>();
    for (const path of paths()) {
      const scripts = page(dir, path)
        .querySelectorAll('script')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(scripts, path).toHaveLength(enhanced(path) || sharing(path) ? 1 : 0);
      if (sharing(path)) {
        expect(scripts[0]!.getAttribute('type'), path).toBe('module');
        expect(scripts[0]!.textContent, path).toContain('share-links');
      }
      for (const s of scripts) if (s.getAttribute('src')) scriptFiles.add(s.getAttribute('src')!.slice(1));
    }
    // Every script file belongs to one of those pages (or is a chunk they import); Pagefind's bundle and the CMS (its own build) aside.
    const files = listFiles(dir).filter(
      (f) => f.endsWith('.js') && !f.startsWith('pagefind/') && !f.startsWith(staticPrefix('adminFile')),
    );
    for (const f of files)
      expect(
        scriptFiles.has(f) ||
          files.some((g) => scriptFiles.has(g) && readFileSync(`${dir}/${g}`, 'utf8').includes(f.split('/').pop()!)),
        f,
      ).toBe(true);
  });

  it('gives images width, height and alt text, and lazy-loads those below the fold', () => {
    const story = page(dir, '/verhalen/anna-verhaal/');
    const hero = story.querySelector('main article img')!;
    expect(hero.getAttribute('alt')).toBe('Abstracte illustratie bij het verhaal Het verhaal van Anna');
    expect(hero.getAttribute('loading')).toBe('eager');
    for (const img of story.querySelectorAll('img')) {
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
      expect(img.getAttribute('src')).toMatch(/\.(webp|avif)$/);
    }
    const cards = page(dir, '/verhalen/').querySelectorAll('main img');
    expect(cards.length).toBeGreaterThan(0);
    for (const img of cards) expect(img.getAttribute('loading')).toBe('lazy');
  });

  it('makes no image file that no page uses; link previews show the page’s own share card', () => {
    const used = new Set<string>();
    for (const path of paths()) {
      const html = readFileSync(fileFor(dir, path)!, 'utf8');
      for (const m of html.matchAll(/\/_astro\/[^\s"',)<>]+\.(?:webp|avif|jpe?g|png)/g)) used.add(m[0].slice(1));
    }
    const made = listFiles(dir).filter((f) => /^_astro\/[^/]+\.(webp|avif|jpe?g|png)$/.test(f));
    expect(made.length).toBeGreaterThan(0);
    expect(
      made.filter((f) => !used.has(f)),
      'image files that no page shows',
    ).toEqual([]);
    // A portrait: one pair of files for its page, the cards and search.
    expect(made.filter((f) => f.startsWith('_astro/portret.'))).toHaveLength(2);
    for (const [path, card] of [
      ['/verhalen/anna-verhaal/', '/deelkaarten/verhalen/anna-verhaal.png'],
      ['/ambassadeurs/anna/', '/deelkaarten/ambassadeurs/anna.png'],
    ] as const) {
      const og = new URL(page(dir, path).querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname;
      expect(og, path).toBe(card);
      expect(fileFor(dir, og), path).toBeDefined();
    }
  });

  it('indexes only the main content for search, and not the 404 page', () => {
    expect(page(dir, '/verhalen/anna-verhaal/').querySelector('main[data-pagefind-body]')).not.toBeNull();
    expect(page(dir, '/verhalen/anna-verhaal/').querySelector('header[data-pagefind-ignore]')).not.toBeNull();
    expect(page(dir, '/404.html').querySelector('[data-pagefind-body]')).toBeNull();
    expect(existsSync(`${dir}/pagefind/pagefind.js`)).toBe(true);
  });
});

describe('agenda: coming first, then the archive, split at build time', () => {
  const agenda = () => page(dir, '/agenda/');

  it('lists coming events soonest first, including one that started but has not ended', () => {
    const coming = agenda().querySelector('section[aria-labelledby=komt-eraan]')!;
    const titles = coming.querySelectorAll('h4').map(text);
    expect(titles).toEqual([
      'Lopende expositie',
      'Afgelast concert',
      'Middag op het plein',
      'Driedaagse beurs',
      'Verplaatste open dag',
    ]);
    expect(coming.querySelectorAll('h3').map(text)).toEqual([
      'juni 2022',
      'juli 2022',
      'augustus 2022',
      'september 2022',
      'oktober 2022',
    ]);
  });

  it('puts events whose date has passed under "Datum voorbij" by year, newest first, at the precision the source gives', () => {
    const archive = agenda().querySelector('section[aria-labelledby=archief]')!;
    const shown = archive.querySelectorAll('section').filter((s) => !s.hasAttribute('hidden'));
    expect(shown.map((s) => text(s.querySelector('h3')))).toEqual(['2022', '2021', '2020']);
    const body = text(archive);
    expect(body).toContain('augustus 2020');
    expect(body).not.toMatch(/\d+ augustus 2020/);
  });

  it('writes dates and times in Dutch and shows a recorded cancellation', () => {
    const coming = text(agenda().querySelector('section[aria-labelledby=komt-eraan]'));
    expect(coming).toContain('zaterdag 20 augustus 2022, 14.00–17.00 uur');
    expect(coming).toContain('30 september – 2 oktober 2022');
    expect(coming).toContain('Afgelast');
    const event = page(dir, '/agenda/toekomst-dag/');
    expect(event.querySelector('time')?.getAttribute('datetime')).toBe('2022-08-20T14:00');
    expect(text(event.querySelector('main'))).toContain('Testplein, Pleinweg 2, Utrecht');
    expect(event.querySelector('a[href^="https://www.openstreetmap.org/search?query="]')).not.toBeNull();
  });
});

describe('detail pages link to each other both ways', () => {
  it('story ↔ ambassador', () => {
    expect(hrefs('/verhalen/anna-verhaal/')).toContain('/ambassadeurs/anna/');
    expect(hrefs('/ambassadeurs/anna/')).toContain('/verhalen/anna-verhaal/');
  });
  it('story ↔ school and ambassador ↔ school', () => {
    expect(hrefs('/verhalen/anna-verhaal/')).toContain('/scholen/alfa-college/');
    expect(hrefs('/scholen/alfa-college/')).toContain('/verhalen/anna-verhaal/');
    expect(hrefs('/ambassadeurs/anna/')).toContain('/scholen/alfa-college/');
    expect(hrefs('/scholen/alfa-college/')).toContain('/ambassadeurs/anna/');
  });
  it('tour visit ↔ school, and the school hub shows its events', () => {
    expect(hrefs('/mbo-tour-030/bezoek-alfa/')).toContain('/scholen/alfa-college/');
    expect(hrefs('/scholen/alfa-college/')).toContain('/mbo-tour-030/bezoek-alfa/');
    expect(hrefs('/scholen/alfa-college/')).toContain('/agenda/toekomst-dag/');
    expect(hrefs('/mbo-tour-030/bezoek-alfa/')).toContain('/verhalen/anna-verhaal/');
  });
  it('shows tour progress: only the visit the diary records, nothing about the other school', () => {
    const aside = text(page(dir, '/mbo-tour-030/').querySelector('aside'));
    expect(aside).toMatch(/Het dagboek noemt een bezoek aan één school:\s*✓\s*Alfa College/);
    expect(aside).not.toContain('Beta');
    expect(aside).not.toMatch(/niet bezocht|van de 2/);
  });
});
