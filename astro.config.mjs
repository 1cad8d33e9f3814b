// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { cspMetaDirectives } from './src/lib/headers.ts';
import { normalizeBase } from './src/lib/base-path.ts';

// Where the site lives. Both come from the environment so that one build can
// be deployed on its own domain or under a sub-path (BASE_PATH=/mbo030/).
const site = process.env.SITE_URL ?? 'https://mbo030.example.nl';
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Build and cache folders can be moved, so tests build fixture sites side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    pagefindIndex(),
    deployHeaders(),
  ],
  // Every page gets a Content-Security-Policy <meta> with the hashes of the scripts
  // and styles Astro emits; no 'unsafe-inline'. The rest of the policy, and what a
  // <meta> cannot say, is sent as a header (src/lib/headers.ts).
  security: {
    csp: { directives: [...cspMetaDirectives] },
  },
  // Images are most of the build's work: WebP at effort 2 instead of 4 encodes about a
  // third faster for files a few percent larger (measured in docs/performance.md).
  image: {
    service: { entrypoint: 'astro/assets/services/sharp', config: { webp: { effort: 2 } } },
  },
  // Shiki colours code with inline styles, which the policy forbids; editorial content has no code.
  markdown: { syntaxHighlight: false },
  // Astro 7's incremental build skips pages whose cacheKey and code did not change.
  // Off by default: see docs/performance.md for what it saves and what it risks.
  experimental: {
    incrementalBuild: process.env.MBO030_INCREMENTAL === '1',
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
