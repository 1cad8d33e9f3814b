/**
 * The HTTP headers of the site, in one place: security headers for every
 * response, cache rules per kind of file, and content types the hosts may not
 * know. Written at build time as `_headers` (Netlify, Cloudflare Pages) and as
 * an nginx snippet, and applied by our own preview server (`npm start`), so a
 * mistake shows up locally before it reaches production.
 */
import { normalizeBase } from './base-path';
import { staticPrefix } from './routes';

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
export const cspMetaDirectives = ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "manifest-src 'self'"] as const;

/** Browser features the site never uses, all switched off. */
export const permissionsPolicy = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb', 'browsing-topics']
  .map((f) => `${f}=()`)
  .join(', ');

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** The rules, most general first; a later matching rule adds to or overrides an earlier one. */
export function headerRules(): HeaderRule[] {
  return [
    {
      pattern: '/*',
      headers: {
        'Content-Security-Policy': cspHeader,
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': permissionsPolicy,
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': REVALIDATE,
      },
    },
    // Files whose name contains a content hash never change: cache them for a year.
    { pattern: '/_astro/*', headers: { 'Cache-Control': YEAR } },
    // Badges on schools' websites: versioned URLs, long cache, and loadable from any site,
    // even one that sends Cross-Origin-Embedder-Policy: require-corp.
    { pattern: `/${staticPrefix('badgeFile')}*`, headers: { 'Cache-Control': YEAR, 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*' } },
    { pattern: `/${staticPrefix('searchBundle')}*`, headers: { 'Cache-Control': REVALIDATE } },
    { pattern: '/*.ics', headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
    { pattern: '/*.webmanifest', headers: { 'Content-Type': 'application/manifest+json' } },
    { pattern: '/*.xml', headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  ];
}

/** Whether a rule's pattern matches a site-relative path (`/verhalen/x/`). */
export function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(path);
}

/** All headers for one path, rules applied in order (later wins). */
export function headersFor(path: string, rules = headerRules()): Record<string, string> {
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
  const blocks = rules.map((r) => [underBase(base, r.pattern), ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  return `# Made by the build from src/lib/headers.ts; do not edit by hand.\n${blocks.join('\n\n')}\n`;
}

/** An nginx snippet for the server block that serves the site. */
export function nginxSnippet(rawBase: string, rules = headerRules()): string {
  const base = normalizeBase(rawBase);
  const all = rules[0]!.headers;
  const add = (h: Record<string, string>, indent: string) => Object.entries(h).filter(([k]) => k !== 'Content-Type').map(([k, v]) => `${indent}add_header ${k} "${v}" always;`).join('\n');
  const locations = rules.slice(1).map((r) => {
    const re = `^${underBase(base, r.pattern).replace(/\./g, '\\.').replace(/\*/g, '.*')}$`;
    // nginx drops inherited add_header lines in a location that has its own: repeat the general ones.
    const merged = { ...all, ...r.headers };
    const type = r.headers['Content-Type'];
    return `location ~ ${re} {\n${type ? `    types { }\n    default_type "${type.split(';')[0]}";\n    charset utf-8;\n    charset_types *;\n` : ''}${add(merged, '    ')}\n}`;
  });
  return `# Made by the build from src/lib/headers.ts; include it in the server block of the site.\n# The 404 page with status 404, and the generated deploy files kept private:\nerror_page 404 ${base}404.html;\nlocation ~ ^${base}_(headers|nginx\\.conf)$ { return 404; }\n\n${add(all, '')}\n\n${locations.join('\n\n')}\n`;
}
