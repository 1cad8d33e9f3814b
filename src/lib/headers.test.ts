import { describe, expect, it } from 'vitest';
import {
  adminCsp,
  cspHeader,
  cspMetaDirectives,
  headerRules,
  headersFor,
  matches,
  netlifyHeaders,
  nginxSnippet,
  overlaps,
  routeTopLevel,
} from './headers';

const html = headersFor('/verhalen/fleur-eigen-bedrijf/');

describe('security headers on every response', () => {
  it('send the page-independent CSP, closing what a <meta> cannot', () => {
    expect(html['Content-Security-Policy']).toBe(cspHeader);
    expect(cspHeader).toContain("frame-ancestors 'none'");
    expect(cspHeader).toContain("object-src 'none'");
    expect(cspHeader).toContain("base-uri 'self'");
    expect(cspHeader).not.toContain('unsafe-inline');
    // Scripts and styles are left to the per-page <meta> (with hashes): the header must not narrow them.
    expect(cspHeader).not.toMatch(/(^|; )(default-src|script-src|style-src) /);
  });
  it('keep the <meta> policy strict: default-src self, no unsafe-inline', () => {
    expect(cspMetaDirectives).toContain("default-src 'self'");
    expect([...cspMetaDirectives].join(';')).not.toContain('unsafe');
  });
  it('force HTTPS, forbid sniffing, limit referrers, isolate the window', () => {
    expect(html['Strict-Transport-Security']).toMatch(/^max-age=31536000/);
    expect(html['X-Content-Type-Options']).toBe('nosniff');
    expect(html['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(html['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });
  it('deny the browser features the site does not use', () => {
    for (const f of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics'])
      expect(html['Permissions-Policy']).toContain(`${f}=()`);
  });
});

describe('cache rules', () => {
  it('cache hashed assets for a year, immutable', () =>
    expect(headersFor('/_astro/index.B1x2.css')['Cache-Control']).toBe('public, max-age=31536000, immutable'));
  it('revalidate HTML, feeds and the search index', () => {
    for (const p of [
      '/',
      '/agenda/',
      '/agenda.ics',
      '/sitemap-index.xml',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
    ]) {
      expect(headersFor(p)['Cache-Control'], p).toBe('public, max-age=0, must-revalidate');
    }
  });
  it('serve badges to any site, cached for a day (a school can be renamed), and let a badge opened alone run nothing', () => {
    const b = headersFor('/badge/v1/scholen/nimeto.svg');
    expect(b['Cache-Control']).toBe('public, max-age=86400, stale-while-revalidate=604800');
    expect(b['Content-Security-Policy']).toBe("default-src 'none'");
    expect(b['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(html['Cross-Origin-Resource-Policy']).toBe('same-origin');
  });
  it('give calendar, manifest and XML files their content type', () => {
    expect(headersFor('/agenda/vuelta-2020.ics')['Content-Type']).toBe('text/calendar; charset=utf-8');
    expect(headersFor('/site.webmanifest')['Content-Type']).toBe('application/manifest+json');
    expect(headersFor('/sitemap-0.xml')['Content-Type']).toBe('application/xml; charset=utf-8');
  });
  it("serve security.txt as plain UTF-8 text (RFC 9116), with the site's security headers", () => {
    const h = headersFor('/.well-known/security.txt');
    expect(h['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Cache-Control']).toBe('public, max-age=0, must-revalidate');
    expect(headerRules().map((r) => r.pattern)).toContain('/.well-known/*');
  });
});

describe('one rule per header', () => {
  const top = [...routeTopLevel(), 'og/', 'favicon.svg', 'site.webmanifest', 'sitemap-0.xml', 'rss.xml', 'privacy/'];
  const rules = headerRules({ topLevel: top });
  const paths = [
    '/',
    '/index.html',
    '/404.html',
    '/agenda.ics',
    '/agenda/x.ics',
    '/scholen/nimeto/agenda.ics',
    '/sitemap-index.xml',
    '/sitemap-0.xml',
    '/rss.xml',
    '/verhalen/rss.xml',
    '/scholen/nimeto/rss.xml',
    '/site.webmanifest',
    '/_astro/a.css',
    '/badge/v1/a.svg',
    '/pagefind/pagefind.js',
    '/admin/',
    '/admin/assets/x.js',
    '/admin/config.json',
    '/privacy/',
    '/og/mbo030.png',
    '/verhalen/fleur/',
    '/.well-known/security.txt',
  ];
  it('no path gets the same header from two rules (hosts would join them into one broken header)', () => {
    expect(overlaps(paths, rules)).toEqual([]);
  });
  it('the check catches an overlapping rule', () => {
    expect(
      overlaps(
        ['/verhalen/rss.xml'],
        [...rules, { pattern: '/*.xml', headers: { 'Content-Type': 'application/xml' } }],
      ),
    ).toHaveLength(1);
  });
  it('every path still gets the security headers and a cache rule', () => {
    for (const p of paths) {
      const h = headersFor(p, rules);
      expect(h['X-Content-Type-Options'], p).toBe('nosniff');
      expect(h['Cache-Control'], p).toBeTruthy();
    }
  });
  it('feeds get the RSS type, sitemaps XML', () => {
    expect(headersFor('/verhalen/rss.xml', rules)['Content-Type']).toBe('application/rss+xml; charset=utf-8');
    expect(headersFor('/sitemap-index.xml', rules)['Content-Type']).toBe('application/xml; charset=utf-8');
  });
});

describe('the CMS under /admin/', () => {
  const admin = headersFor('/admin/', headerRules({ topLevel: ['admin/', 'index.html'] }));
  it("gets its own policy, not the site's, and is never indexed", () => {
    expect(admin['Content-Security-Policy']).toBe(adminCsp());
    expect(admin['Content-Security-Policy']).not.toBe(cspHeader);
    expect(admin['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(admin['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });
  it('talks to the GitHub API and nothing else of another origin; scripts only from itself', () => {
    const csp = adminCsp();
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp.match(/https:\/\/[^ ;]+/g)).toEqual(['https://avatars.githubusercontent.com', 'https://api.github.com']);
  });
  it('lets an OAuth pop-up talk back when OAuth is set up', () => {
    const h = headersFor('/admin/', headerRules({ topLevel: ['admin/'], oauthOrigin: 'https://auth.example.nl' }));
    expect(h['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
    expect(h['Content-Security-Policy']).toContain('https://auth.example.nl');
  });
});

describe('host formats', () => {
  it('matches * across folders and dots literally', () => {
    expect(matches('/*.ics', '/scholen/nimeto/agenda.ics')).toBe(true);
    expect(matches('/*.ics', '/agenda/icsx/')).toBe(false);
  });
  it('writes _headers with every pattern under the base path', () => {
    const file = netlifyHeaders('/mbo030/');
    expect(file).toContain('\n/mbo030/*\n  Strict-Transport-Security: ');
    expect(file).toContain('\n/mbo030/verhalen/*\n  Content-Security-Policy: ');
    expect(file).toContain(
      '\n/mbo030/_astro/*\n  Cross-Origin-Resource-Policy: same-origin\n  Cache-Control: public, max-age=31536000, immutable',
    );
    expect(file).toContain(
      '\n/mbo030/badge/*\n  Cache-Control: public, max-age=86400, stale-while-revalidate=604800\n  Cross-Origin-Resource-Policy: cross-origin',
    );
  });
  it('writes an nginx snippet with the 404 page, the rules per location, and the general headers repeated in each', () => {
    const conf = nginxSnippet('/');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
    const astro = conf.slice(conf.indexOf('location ^~ /_astro/'));
    expect(astro.slice(0, astro.indexOf('}'))).toContain(
      'add_header Cache-Control "public, max-age=31536000, immutable" always;',
    );
    expect(astro.slice(0, astro.indexOf('}'))).toContain('add_header Strict-Transport-Security');
    expect(conf).toMatch(/location ~ \^\/\.\*\\\.ics\$ \{\n {8}types \{ \}\n {8}default_type "text\/calendar";/);
    const wellKnown = conf.slice(conf.indexOf('location ^~ /.well-known/'));
    expect(wellKnown.slice(0, wellKnown.indexOf('\n}'))).toContain(
      'location ~ ^/\\.well-known/security\\.txt$ {\n        types { }\n        default_type "text/plain";\n        charset utf-8;',
    );
  });
});
