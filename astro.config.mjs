// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { adminCms } from './src/integrations/admin-cms.ts';
import { cspMetaDirectives } from './src/lib/headers.ts';
import { normalizeBase } from './src/lib/base-path.ts';

// Where the site lives. Both come from the environment so that one build can
// be deployed on its own domain or under a sub-path (BASE_PATH=/mbo030/).
const site = process.env.SITE_URL ?? 'https://mbo030.example.nl';
const base = normalizeBase(process.env.BASE_PATH);

// The unicode ranges of @fontsource's Latin and Latin Extended files: a page with
// only Dutch text loads the Latin file alone.
const NOTO_LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const NOTO_LATIN_EXT = 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

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
    // After the search index (so /admin/ is never indexed), before the headers (which read the top level of dist/).
    adminCms(),
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
  // Noto Sans from our own npm package, never from a font service. Astro writes the
  // @font-face rules and a metric-matched fallback face (size-adjust, ascent and
  // descent overrides) so the fallback takes nearly the same room. `optional`: a font
  // that is late is not swapped in on that page view, so text never reflows after it
  // is shown (src/components/WebFont.astro, docs/performance.md: layout shift).
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Noto Sans',
      cssVariable: '--font-noto',
      fallbacks: ['sans-serif'],
      display: 'optional',
      options: {
        variants: [
          { src: ['@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2'], weight: '100 900', style: 'normal', unicodeRange: [NOTO_LATIN] },
          { src: ['@fontsource-variable/noto-sans/files/noto-sans-latin-ext-wght-normal.woff2'], weight: '100 900', style: 'normal', unicodeRange: [NOTO_LATIN_EXT] },
        ],
      },
    },
  ],
  // Shiki colours code with inline styles, which the policy forbids; editorial content has no code.
  markdown: { syntaxHighlight: false },
  // Astro 7's incremental build skips pages whose cacheKey and code did not change.
  // Off by default: see docs/performance.md for what it saves and what it risks.
  experimental: {
    incrementalBuild: process.env.MBO030_INCREMENTAL === '1',
  },
  vite: {
    plugins: [tailwindcss()],
    // Tests build in copies of the project that share node_modules: each copy gets its own Vite
    // cache (tests/helpers/astro-run.ts), or one run's dependency optimizer deletes another's files.
    ...(process.env.MBO030_VITE_CACHE_DIR ? { cacheDir: process.env.MBO030_VITE_CACHE_DIR } : {}),
  },
});
