import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headerRules, netlifyHeaders, nginxSnippet, topLevelOf } from '../lib/headers';
import { cmsSettings } from '../admin/settings';

/**
 * Writes the site's headers (src/lib/headers.ts) into the formats hosts read:
 * `_headers` for Netlify and Cloudflare Pages, `_nginx.conf` to include in an
 * nginx server block. Both use the build's base path.
 */
export function deployHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'mbo030:deploy-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const rules = headerRules({ topLevel: topLevelOf(out), oauthOrigin: cmsSettings().oauthOrigin });
        writeFileSync(`${out}/_headers`, netlifyHeaders(base, rules));
        writeFileSync(`${out}/_nginx.conf`, nginxSnippet(base, rules));
        logger.info('headers geschreven: _headers (Netlify, Cloudflare Pages) en _nginx.conf');
      },
    },
  };
}
