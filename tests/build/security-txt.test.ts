/**
 * /.well-known/security.txt (RFC 9116) in the built sites: complete, expiring a
 * year after the build (so at least 30 days away), pointing to a page that
 * exists, and left out of the sitemap and the search index.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, TEST_SITE, sites } from '../helpers/astro-run';
import { fileFor } from '../helpers/dist';
import { sitemapPaths } from '../helpers/sitemap';
import { securityTxtFields, securityTxtExpiry } from '../../src/lib/security-txt';
import { MIN_DAYS_LEFT, securityTxtProblems } from '../gates/security-txt';

const read = (dir: string) => readFileSync(`${dir}/.well-known/security.txt`, 'utf8');
const DAY = 24 * 60 * 60 * 1000;

describe('security.txt', () => {
  it('the real build: complete, and Expires at least 30 days away from today', () => {
    expect(securityTxtProblems(read(sites.real), new Date(), `${TEST_SITE}/.well-known/security.txt`)).toEqual([]);
  });

  it('the real build: Expires is the build day plus one year (a build reused for at most a few days)', () => {
    const expires = new Date(securityTxtFields(read(sites.real)).get('expires')![0]!);
    const built = Date.UTC(expires.getUTCFullYear() - 1, expires.getUTCMonth(), expires.getUTCDate());
    expect(securityTxtExpiry(new Date(built)).getTime()).toBe(expires.getTime());
    expect(Date.now() - built).toBeGreaterThanOrEqual(0);
    expect(Date.now() - built).toBeLessThan(7 * DAY);
  });

  it('the fixture build: Expires follows the build\'s "now", not the clock', () => {
    expect(securityTxtFields(read(sites.fixture)).get('expires')).toEqual(['2023-06-15T00:00:00Z']);
    expect(
      securityTxtProblems(read(sites.fixture), new Date(FIXTURE_NOW), `${TEST_SITE}/.well-known/security.txt`),
    ).toEqual([]);
    // Time-zone independence: src/lib/security-txt.test.ts also runs under TZ=America/New_York.
  });

  it('under a base path every URL in it stays inside the base', () => {
    const fields = securityTxtFields(read(sites.fixtureBase));
    for (const name of ['contact', 'canonical', 'policy'])
      expect(fields.get(name)![0], name).toMatch(new RegExp(`^${TEST_SITE}/mbo030/`));
  });

  it('Contact and Policy point to a page the build has', () => {
    for (const dir of [sites.real, sites.fixture]) {
      const fields = securityTxtFields(read(dir));
      for (const url of [...fields.get('contact')!, ...fields.get('policy')!])
        expect(fileFor(dir, url.slice(TEST_SITE.length)), url).toBeDefined();
    }
  });

  it('is no page: not in the sitemap (Pagefind indexes only HTML pages)', () => {
    expect(sitemapPaths(sites.real, TEST_SITE).filter((p) => p.includes('well-known'))).toEqual([]);
  });

  it('the gate fails when Expires is less than 30 days away, missing, doubled or not a date', () => {
    const now = new Date('2025-06-15T00:00:00Z');
    const file = (expires: string) =>
      `Contact: https://x.nl/b/\n${expires}Preferred-Languages: nl, en\nCanonical: https://x.nl/.well-known/security.txt\nPolicy: https://x.nl/b/\n`;
    const ok = (days: number) => `Expires: ${new Date(now.getTime() + days * DAY).toISOString()}\n`;
    expect(securityTxtProblems(file(ok(MIN_DAYS_LEFT)), now, 'https://x.nl/.well-known/security.txt')).toEqual([]);
    expect(
      securityTxtProblems(file(ok(MIN_DAYS_LEFT - 1)), now, 'https://x.nl/.well-known/security.txt').join(),
    ).toMatch(/ligt 29 dagen na .* minder dan 30/);
    expect(securityTxtProblems(file(ok(-5)), now, 'https://x.nl/.well-known/security.txt')).toHaveLength(1);
    expect(securityTxtProblems(file(''), now, 'https://x.nl/.well-known/security.txt')).toEqual([
      'Expires staat er 0 keer in, moet precies 1 keer',
    ]);
    expect(securityTxtProblems(file(ok(60) + ok(90)), now, 'https://x.nl/.well-known/security.txt')).toEqual([
      'Expires staat er 2 keer in, moet precies 1 keer',
    ]);
    expect(securityTxtProblems(file('Expires: volgend jaar\n'), now, 'https://x.nl/.well-known/security.txt')).toEqual([
      'Expires volgend jaar is geen RFC 3339-tijd',
    ]);
  });
});
