/**
 * The HTTP headers of the site, in one place: security headers for every
 * response, cache rules per kind of file, and content types the hosts may not
 * know. Written at build time as `_headers` (Netlify, Cloudflare Pages) and as
 * an nginx snippet, and applied by our own preview server (`npm start`), so a
 * mistake shows up locally before it reaches production.
 */
import { normalizeBase } from './base-path';
import { readdirSync } from 'node:fs';
import { routes, staticPrefix } from './routes';

export interface HeaderRule {
  /** Path pattern relative to the site root, `*` matching anything: `/_astro/*`, `/*.ics`. */
  pattern: string;
  headers: Record<string, string>;
}

/**
 * The page-independent part of the Content Security Policy. Scripts and styles
 * are governed only by each page's own policy in its <meta> (Astro writes the
 * hashes of every script and style it emits there), so this header names no
 * default-src, script-src or style-src: a browser applies both policies, and
 * this one adds what a <meta> cannot say (frame-ancestors) and closes the rest.
 */
export const cspHeader = [
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
  "worker-src 'self' blob:",
].join('; ');

/** The site-wide directives of each page's <meta> policy (astro.config.mjs), next to Astro's script-src and style-src. */
export const cspMetaDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
] as const;

/** Browser features the site never uses, all switched off. */
export const permissionsPolicy = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
  'browsing-topics',
]
  .map((f) => `${f}=()`)
  .join(', ');

/**
 * The policy of the editors' CMS under /admin/, which is not an Astro page and
 * gets none of the site's policies: its scripts are our own bundle (no third
 * party), Svelte sets inline styles, images are previewed from blobs, and it
 * talks only to the GitHub API. With OAuth (`oauthOrigin`) it may also open the
 * sign-in pop-up's origin.
 */
export function adminCsp(oauthOrigin?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    `connect-src 'self' data: blob: https://api.github.com${oauthOrigin ? ` ${oauthOrigin}` : ''}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';
/**
 * Badges: their address stays, but a picture can change (a school renamed, a drawing fixed). A day in
 * every cache, a week more while the cache asks again in the background; a missing badge the same.
 */
const BADGE_CACHE = 'public, max-age=86400, stale-while-revalidate=604800';

/** Headers every response carries; no other rule sets any of them. */
const everywhere = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': permissionsPolicy,
};

/** What each part of the site sends besides `everywhere`. Exactly one kind applies to any path. */
export const kinds = {
  /** Pages, feeds and every other file of the site itself. */
  site: {
    'Content-Security-Policy': cspHeader,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': REVALIDATE,
  },
  /** Files whose name contains a content hash never change: cached for a year. */
  hashed: { 'Cross-Origin-Resource-Policy': 'same-origin', 'Cache-Control': YEAR },
  /**
   * Badges on schools' websites: loadable from any site, even one with COEP require-corp; a day's cache
   * (BADGE_CACHE); opened on their own, an SVG may load and run nothing (`default-src 'none'`).
   */
  badge: {
    'Cache-Control': BADGE_CACHE,
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Access-Control-Allow-Origin': '*',
    'Content-Security-Policy': "default-src 'none'",
  },
  /** The search bundle: its file names stay the same from build to build. */
  search: { 'Cross-Origin-Resource-Policy': 'same-origin', 'Cache-Control': REVALIDATE },
  /** The CMS: its own policy, never indexed; an OAuth pop-up may talk back to it. */
  admin: (oauthOrigin?: string) => ({
    'Content-Security-Policy': adminCsp(oauthOrigin),
    'Cross-Origin-Opener-Policy': oauthOrigin ? 'same-origin-allow-popups' : 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': REVALIDATE,
    'X-Robots-Tag': 'noindex, nofollow',
  }),
};

/** Top-level folders with their own kind; every other top-level folder or file is `site`. */
const folderKinds: Record<string, (oauth?: string) => Record<string, string>> = {
  _astro: () => kinds.hashed,
  [staticPrefix('badgeFile').split('/')[0]!]: () => kinds.badge,
  [staticPrefix('searchBundle').split('/')[0]!]: () => kinds.search,
  [staticPrefix('adminFile').split('/')[0]!]: (oauth) => kinds.admin(oauth),
};

/**
 * Content types hosts may not know. These rules set nothing but Content-Type,
 * and no two match the same file (a host such as Cloudflare Pages would join two
 * values into one invalid header).
 */
export const typeRules: HeaderRule[] = [
  { pattern: '/*.ics', headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  { pattern: '/*.webmanifest', headers: { 'Content-Type': 'application/manifest+json' } },
  { pattern: '/sitemap*.xml', headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  { pattern: '/*rss.xml', headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } },
  // RFC 9116 demands text/plain with charset=utf-8; some hosts serve extensionless or unknown types otherwise.
  { pattern: `/${routes.securityTxt.pattern}`, headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
];

/** The top level of a site when no build is at hand: the first segment of every route, and the files at the root. */
export function routeTopLevel(): string[] {
  const names = new Set<string>(['index.html', '_astro/']);
  for (const r of Object.values(routes)) {
    const first = r.pattern.split('/')[0]!;
    if (first && !first.includes('[')) names.add(r.pattern.includes('/') ? `${first}/` : first);
  }
  return [...names];
}

export interface HeaderOptions {
  /** Names at the top of the built site, folders ending in `/` (from `readdir`); default: from the route map. */
  topLevel?: string[];
  /** The OAuth server's origin when the CMS signs in through OAuth; without it only a token works. */
  oauthOrigin?: string | undefined;
}

/**
 * The rules, built so that for any path each header is set by exactly one rule:
 * `/*` carries what every response has, one rule per top-level folder or file
 * carries its kind (`site`, `hashed`, `badge`, `search`, `admin`), and the type
 * rules carry only Content-Type. Hosts that add up matching rules (Netlify,
 * Cloudflare Pages) and ours (later wins) then send the same headers.
 */
export function headerRules(opts: HeaderOptions = {}): HeaderRule[] {
  const top = [...new Set(opts.topLevel ?? routeTopLevel())].filter((n) => !/^_(headers|nginx\.conf)$/.test(n));
  const sections = top.sort().flatMap((name): HeaderRule[] => {
    const folder = name.endsWith('/');
    const kind = folder ? (folderKinds[name.slice(0, -1)]?.(opts.oauthOrigin) ?? kinds.site) : kinds.site;
    if (folder) return [{ pattern: `/${name}*`, headers: kind }];
    return name === 'index.html'
      ? [
          { pattern: '/', headers: kind },
          { pattern: '/index.html', headers: kind },
        ]
      : [{ pattern: `/${name}`, headers: kind }];
  });
  return [{ pattern: '/*', headers: everywhere }, ...sections, ...typeRules];
}

/** The top level of a built site, as `headerRules` wants it. */
export function topLevelOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
}

/** Every (path, header) that two rules set: must be empty, or a host may send a header twice. */
export function overlaps(paths: string[], rules: HeaderRule[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    const seen = new Map<string, string>();
    for (const r of rules) {
      if (!matches(r.pattern, path)) continue;
      for (const h of Object.keys(r.headers)) {
        if (seen.has(h)) found.push(`${path}: ${h} uit ${seen.get(h)} en ${r.pattern}`);
        else seen.set(h, r.pattern);
      }
    }
  }
  return found;
}

/** Whether a rule's pattern matches a site-relative path (`/verhalen/x/`). */
export function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(path);
}

/** All headers for one path, rules applied in order (later wins). */
export function headersFor(path: string, rules: HeaderRule[] = headerRules()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) if (matches(r.pattern, path)) Object.assign(out, r.headers);
  return out;
}

/** A rule's pattern (`/_astro/*`) under a deployment's base path (`/mbo030/_astro/*`). */
function underBase(base: string, pattern: string): string {
  return `${normalizeBase(base)}${pattern.replace(/^\//, '')}`;
}

/** The `_headers` file of Netlify and Cloudflare Pages, with every pattern under the base path. */
export function netlifyHeaders(base: string, rules = headerRules()): string {
  const blocks = rules.map((r) =>
    [underBase(base, r.pattern), ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'),
  );
  return `# Made by the build from src/lib/headers.ts; do not edit by hand.\n${blocks.join('\n\n')}\n`;
}

/**
 * An nginx snippet for the server block that serves the site: one location per
 * top-level rule, with `everywhere` repeated in it (nginx drops inherited
 * add_header lines in a location that has its own), and the content types as
 * nested locations, which inherit their parent's headers.
 */
export function nginxSnippet(rawBase: string, rules = headerRules()): string {
  const base = normalizeBase(rawBase);
  const all = rules[0]!.headers;
  const add = (h: Record<string, string>, indent: string) =>
    Object.entries(h)
      .map(([k, v]) => `${indent}add_header ${k} "${v}" always;`)
      .join('\n');
  const types = rules.filter((r) => r.headers['Content-Type']);
  const typeBlock = (type: string, indent: string) =>
    `${indent}types { }\n${indent}default_type "${type.split(';')[0]}";\n${indent}charset utf-8;\n${indent}charset_types *;\n`;
  const sections = rules.slice(1).filter((r) => !r.headers['Content-Type']);
  const locations = sections.map((r) => {
    const headers = add({ ...all, ...r.headers }, '    ');
    if (r.pattern.endsWith('/*')) {
      const nested = types
        .map(
          (t) =>
            `    location ~ ${nginxRegex(base, t.pattern)} {\n${typeBlock(t.headers['Content-Type']!, '        ')}    }`,
        )
        .join('\n');
      return `location ^~ ${underBase(base, r.pattern.slice(0, -1))} {\n${headers}\n${nested}\n}`;
    }
    const type = types.find((t) => matches(t.pattern, r.pattern))?.headers['Content-Type'];
    return `location = ${underBase(base, r.pattern)} {\n${type ? typeBlock(type, '    ') : ''}${headers}\n}`;
  });
  return `# Made by the build from src/lib/headers.ts; include it in the server block of the site.\n# The 404 page with status 404, and the generated deploy files kept private:\nerror_page 404 ${base}404.html;\nlocation ~ ^${base}_(headers|nginx\\.conf)$ { return 404; }\n\n${add(all, '')}\n\n${locations.join('\n\n')}\n`;
}

function nginxRegex(base: string, pattern: string): string {
  return `^${underBase(base, pattern).replace(/\./g, '\\.').replace(/\*/g, '.*')}$`;
}
