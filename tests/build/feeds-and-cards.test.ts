/**
 * News feeds and share cards on the fixture site. Every feed is read with an
 * independent XML parser (fast-xml-parser, not the generator): valid RSS 2.0,
 * each item complete (title, link that is a built page, guid = link, pubDate
 * = the publication day at midnight in Utrecht, summary, categories, the share
 * card as enclosure with its true length), newest first, absolute URLs under
 * SITE_URL and BASE_PATH. Every entry page shows its own 1200 × 630 card with
 * the title as alt text; the cards come from the build cache.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { fileFor, listFiles, page, pagePaths, text } from '../helpers/dist';

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  category: string | string[];
  enclosure: { '@_url': string; '@_length': string; '@_type': string };
}
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

function readFeed(site: string, file: string) {
  const xml = readFileSync(join(site, file), 'utf8');
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"'), file).toBe(true);
  const doc = parser.parse(xml) as {
    rss: { '@_version': string; channel: { title: string; link: string; language: string; item?: Item[] } };
  };
  expect(doc.rss['@_version']).toBe('2.0');
  return doc.rss.channel;
}

const feedFiles = (site: string) =>
  listFiles(site)
    .filter((f) => /(^|\/)rss\.xml$/.test(f))
    .sort();

describe.each([
  ['fixture', sites.fixture, '/'],
  ['BASE_PATH=/mbo030/', sites.fixtureBase, '/mbo030/'],
])('news feeds (%s)', (_name, site, base) => {
  it('exist for all, stories, diary and each school', () => {
    expect(feedFiles(site)).toEqual([
      'mbo-tour-030/rss.xml',
      'rss.xml',
      'scholen/alfa-college/rss.xml',
      'scholen/beta-school/rss.xml',
      'verhalen/rss.xml',
    ]);
  });

  it.each([
    'rss.xml',
    'verhalen/rss.xml',
    'mbo-tour-030/rss.xml',
    'scholen/alfa-college/rss.xml',
    'scholen/beta-school/rss.xml',
  ])('%s: every item complete, its link a built page, newest first', (file) => {
    const channel = readFeed(site, file);
    expect(channel.language).toBe('nl-nl');
    expect(channel.link.startsWith(`${TEST_SITE}${base}`)).toBe(true);
    const items = channel.item ?? [];
    for (const i of items) {
      expect(i.link.startsWith(`${TEST_SITE}${base}`), i.link).toBe(true);
      expect(fileFor(site, `/${i.link.slice(`${TEST_SITE}${base}`.length)}`), i.link).toBeTruthy();
      expect(i.guid['#text']).toBe(i.link);
      expect(i.guid['@_isPermaLink']).toBe('true');
      expect(i.title.length).toBeGreaterThan(0);
      expect(i.description.length).toBeGreaterThan(0);
      expect(i.category.length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(i.pubDate))).toBe(false);
      const card = i.enclosure['@_url'];
      expect(card.startsWith(`${TEST_SITE}${base}deelkaarten/`), card).toBe(true);
      expect(i.enclosure['@_type']).toBe('image/png');
      expect(statSync(join(site, card.slice(`${TEST_SITE}${base}`.length))).size).toBe(Number(i.enclosure['@_length']));
    }
    const times = items.map((i) => Date.parse(i.pubDate));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('has the published stories and the diary, with the publication day at midnight in Utrecht, and no draft or withdrawn entry', () => {
    const all = readFeed(site, 'rss.xml').item!;
    expect(all.map((i) => i.title)).toEqual([
      'Het verhaal van Anna',
      'Bezoek aan Alfa College',
      'Een verhaal over een groep',
    ]);
    expect(all[0]!.pubDate).toBe('Sat, 30 Apr 2022 22:00:00 GMT'); // 2022-05-01 00:00 in Utrecht (summer time)
    expect(all[0]!.category).toEqual(['Alfa College', 'ict']);
    expect(readFeed(site, 'verhalen/rss.xml').item!.map((i) => i.title)).not.toContain('Bezoek aan Alfa College');
    expect(readFeed(site, 'mbo-tour-030/rss.xml').item!.map((i) => i.title)).toEqual(['Bezoek aan Alfa College']);
    expect((readFeed(site, 'scholen/beta-school/rss.xml').item ?? []).map((i) => i.title)).toEqual([
      'Een verhaal over een groep',
    ]);
  });
});

describe('pages announce and explain their feeds', () => {
  it.each([
    ['/', '/rss.xml'],
    ['/verhalen/', '/verhalen/rss.xml'],
    ['/verhalen/anna-verhaal/', '/verhalen/rss.xml'],
    ['/mbo-tour-030/', '/mbo-tour-030/rss.xml'],
    ['/mbo-tour-030/bezoek-alfa/', '/mbo-tour-030/rss.xml'],
    ['/scholen/alfa-college/', '/scholen/alfa-college/rss.xml'],
  ])('%s links %s', (path, feed) => {
    const doc = page(sites.fixture, path);
    expect(
      doc.querySelectorAll('link[rel=alternate][type="application/rss+xml"]').map((l) => l.getAttribute('href')),
    ).toContain(feed);
  });
  it.each(['/', '/verhalen/', '/mbo-tour-030/', '/scholen/alfa-college/'])(
    '%s says "Volg via RSS" in plain short sentences',
    (path) => {
      const main = page(sites.fixture, path).querySelector('main')!;
      const follow = main.querySelectorAll('a').find((a) => text(a) === 'Volg via RSS')!;
      expect(follow).toBeTruthy();
      expect(text(follow.parentNode)).toMatch(/RSS-lezer.*vanzelf/);
    },
  );
});

describe('share cards', () => {
  const entryPages = pagePaths(sites.fixture).filter(
    (p) =>
      /^\/(verhalen|agenda|mbo-tour-030|ambassadeurs|scholen)\/[^/]+\/$/.test(p) &&
      !/^\/(agenda\/(archief|school|soort)|verhalen\/pagina|ambassadeurs\/pagina)\//.test(p),
  );

  it('every story, event, diary entry, ambassador and school page shows its own 1200 × 630 card, with the title as alt text', async () => {
    expect(entryPages.length).toBeGreaterThan(12);
    const seen = new Set<string>();
    for (const path of entryPages) {
      const doc = page(sites.fixture, path);
      const meta = (p: string) =>
        doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content') ??
        doc.querySelector(`meta[name="${p}"]`)?.getAttribute('content');
      const url = meta('og:image')!;
      expect(url, path).toMatch(new RegExp(`^${TEST_SITE}/deelkaarten/[a-z]+/[a-z0-9-]+\\.png$`));
      expect(seen.has(url), `${path} deelt zijn kaart met een andere pagina`).toBe(false);
      seen.add(url);
      expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:type'), meta('twitter:card')]).toEqual([
        '1200',
        '630',
        'image/png',
        'summary_large_image',
      ]);
      expect(meta('og:image:alt'), path).toBe(
        meta('og:title')!
          .replace(/, ambassadeur van .*$/, '')
          .replace(/ doet mee met mbo030$/, ''),
      );
      const file = join(sites.fixture, url.slice(TEST_SITE.length));
      const { width, height, format } = await sharp(file).metadata();
      expect([width, height, format], path).toEqual([1200, 630, 'png']);
    }
  });

  it('are drawn once into the build cache and copied from there', () => {
    const cache = `${sites.fixture}-cache/deelkaarten`;
    const cached = readdirSync(cache).filter((f) => f.endsWith('.png'));
    const built = listFiles(sites.fixture).filter((f) => f.startsWith('deelkaarten/'));
    expect(cached.length).toBe(built.length);
    const bytes = new Set(cached.map((f) => readFileSync(join(cache, f)).toString('base64')));
    for (const f of built) expect(bytes.has(readFileSync(join(sites.fixture, f)).toString('base64')), f).toBe(true);
  });

  it('no card of a person whose consent ended, nor of a story about them', () => {
    expect(existsSync(join(sites.fixture, 'deelkaarten/ambassadeurs/bram.png'))).toBe(false);
    expect(existsSync(join(sites.fixture, 'deelkaarten/verhalen/bram-verhaal.png'))).toBe(false);
    expect(existsSync(join(sites.fixtureConsentValid, 'deelkaarten/ambassadeurs/bram.png'))).toBe(true);
    expect(existsSync(join(sites.fixtureConsentValid, 'deelkaarten/verhalen/bram-verhaal.png'))).toBe(true);
  });
});
