/**
 * The CMS at /admin/ stays apart from the public site: not in the sitemap, not
 * in the search index, loaded by no page of the site, without the site's CSP
 * <meta>, marked noindex; its config.json is the one generated from the schemas
 * at build time; and its bundle names no third-party font or status service.
 */
import { PREVIEW_FONT_FILE } from '../../src/admin/preview-fonts';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminConfigFile } from '../../src/admin/cms-config';
import { cmsSettings } from '../../src/admin/settings';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { listFiles, page, pagePaths } from '../helpers/dist';
import { sitemapPaths } from '../helpers/sitemap';

const site = sites.real;
const adminFiles = listFiles(join(site, 'admin'));

describe('/admin/ apart from the site', () => {
  it('is not in the sitemap and not in the search index', () => {
    expect(sitemapPaths(site, TEST_SITE).filter((p) => p.startsWith('/admin'))).toEqual([]);
    const fragments = readdirSync(join(site, 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(10);
    const urls = fragments.map((f) => {
      const raw = gunzipSync(readFileSync(join(site, 'pagefind', 'fragment', f)));
      return (JSON.parse(raw.subarray(12).toString('utf8')) as { url: string }).url;
    });
    expect(urls.filter((u) => u.includes('/admin'))).toEqual([]);
  });

  it('no page of the site loads any of its files', () => {
    const paths = pagePaths(site);
    expect(paths.length).toBeGreaterThan(40);
    for (const p of paths) {
      const refs = page(site, p)
        .querySelectorAll('script[src], link[href]')
        .map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '');
      expect(
        refs.filter((r) => r.includes('/admin/')),
        p,
      ).toEqual([]);
    }
  });

  it('is marked noindex, Dutch, and has none of the site’s CSP <meta> (its policy is its own header)', () => {
    const html = readFileSync(join(site, 'admin', 'index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
    expect(html).toContain('<html lang="nl">');
    expect(html.toLowerCase()).not.toContain('http-equiv="content-security-policy"');
  });

  it('serves the configuration generated from the schemas at build time, with the site’s stylesheet for the preview', () => {
    const file = JSON.parse(readFileSync(join(site, 'admin', 'config.json'), 'utf8')) as ReturnType<
      typeof adminConfigFile
    >;
    const css = readdirSync(join(site, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => `/_astro/${f}`);
    // The site's stylesheets, then the site's own @font-face rules (src/admin/preview-fonts.ts).
    expect(file).toEqual(
      adminConfigFile(cmsSettings({ SITE_URL: TEST_SITE }), [...css.sort(), `/admin/${PREVIEW_FONT_FILE}`]),
    );
    expect(file.previewStyles.length).toBeGreaterThan(0);
  });

  it('its bundle names no CDN font and no GitHub status service', () => {
    const js = adminFiles.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(site, 'admin', f), 'utf8'));
    expect(js.length).toBeGreaterThan(1);
    expect(js.filter((t) => t.includes('cdn.jsdelivr.net/fontsource')).length).toBe(0);
    expect(js.filter((t) => t.includes('githubstatus.com/api')).length).toBe(0);
    expect(adminFiles.some((f) => f.endsWith('.woff2'))).toBe(true);
  });
});
