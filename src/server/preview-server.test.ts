/** The preview server's content types: mrmime's table, then the header rules (lib/headers.ts) on top. */
import { describe, expect, it } from 'vitest';
import { headerRules, headersFor } from '../lib/headers';
import { hostContentType } from './preview-server';

const rules = headerRules();
const served = (path: string) => headersFor(path, rules)['Content-Type'] ?? hostContentType(path);

describe('content types of the preview server', () => {
  it('gives every kind of file in dist/ the type it had from the hand-written table', () => {
    expect({
      page: served('/agenda/index.html'),
      style: served('/_astro/BaseLayout.abc.css'),
      script: served('/_astro/page.abc.js'),
      module: served('/pagefind/pagefind.mjs'),
      json: served('/pagefind/pagefind-entry.json'),
      svg: served('/favicon.svg'),
      png: served('/og/mbo030.png'),
      jpeg: served('/_astro/foto.jpg'),
      webp: served('/_astro/foto.webp'),
      avif: served('/_astro/foto.avif'),
      icon: served('/favicon.ico'),
      font: served('/_astro/noto.woff2'),
      sitemap: served('/sitemap-index.xml'),
      feed: served('/verhalen/rss.xml'),
      robots: served('/robots.txt'),
      security: served('/.well-known/security.txt'),
      manifest: served('/site.webmanifest'),
      calendar: served('/agenda/markt.ics'),
      wasm: served('/pagefind/wasm.unknown.wasm'),
      zip: served('/mbo030/downloads/mbo030-merk.zip'),
      index: served('/pagefind/index/nl_abc.pf_index'),
    }).toEqual({
      page: 'text/html; charset=utf-8',
      style: 'text/css; charset=utf-8',
      script: 'text/javascript; charset=utf-8',
      module: 'text/javascript; charset=utf-8',
      json: 'application/json',
      svg: 'image/svg+xml',
      png: 'image/png',
      jpeg: 'image/jpeg',
      webp: 'image/webp',
      avif: 'image/avif',
      icon: 'image/x-icon',
      font: 'font/woff2',
      sitemap: 'application/xml; charset=utf-8',
      feed: 'application/rss+xml; charset=utf-8',
      robots: 'text/plain; charset=utf-8',
      security: 'text/plain; charset=utf-8',
      manifest: 'application/manifest+json',
      calendar: 'text/calendar; charset=utf-8',
      wasm: 'application/wasm',
      zip: 'application/zip',
      index: 'application/octet-stream',
    });
  });
});
