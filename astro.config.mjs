// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { adminCms } from './src/integrations/admin-cms.ts';
import { imageEarlyStart } from './src/integrations/image-early-start.ts';
import { buildEnvCheck } from './src/integrations/build-env.ts';
import { BUILD_ENV } from './scripts/astro-build.mjs';
import { cspMetaDirectives } from './src/lib/headers.ts';
import { normalizeBase } from './src/lib/base-path.ts';
import { DUTCH_SUBSET, LATIN_REST, NOTO_LATIN_EXT, WEIGHTS_IN_USE, formatUnicodeRange } from './src/lib/web-font.ts';

// Where the site lives. Both come from the environment so that one build can
// be deployed on its own domain or under a sub-path (BASE_PATH=/mbo030/).
const site = process.env.SITE_URL ?? 'https://mbo030.example.nl';
const base = normalizeBase(process.env.BASE_PATH);

// Noto Sans in three files (src/lib/web-font.ts): the subset every page preloads, and
// the rest of @fontsource's Latin file and its Latin Extended file as fallbacks that a
// browser only fetches for a page with such a character (unicode-range).
const NOTO_SUBSET = formatUnicodeRange(DUTCH_SUBSET);
const NOTO_LATIN_REST = formatUnicodeRange(LATIN_REST);
const NOTO_WEIGHTS = `${WEIGHTS_IN_USE.min} ${WEIGHTS_IN_USE.max}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Build and cache folders can be moved, so tests build fixture sites side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    // `npm run build` starts Astro with BUILD_ENV (scripts/astro-build.mjs); a build without it warns.
    buildEnvCheck(BUILD_ENV),
    mdx(),
    imageEarlyStart(),
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
  // third faster for files a few percent larger (measured in docs/performance.md). The service
  // is Astro's sharp service that, on a cold build, starts encoding while pages still render
  // (src/integrations/image-service.ts; imageEarlyStart() above switches it on).
  image: {
    service: { entrypoint: './src/integrations/image-service.ts', config: { webp: { effort: 2 } } },
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
          // First: Astro derives the fallback's metrics from it, and WebFont.astro preloads it.
          {
            src: ['./src/fonts/noto-sans-nl-wght.woff2'],
            weight: NOTO_WEIGHTS,
            style: 'normal',
            unicodeRange: [NOTO_SUBSET],
          },
          {
            src: ['@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2'],
            weight: NOTO_WEIGHTS,
            style: 'normal',
            unicodeRange: [NOTO_LATIN_REST],
          },
          {
            src: ['@fontsource-variable/noto-sans/files/noto-sans-latin-ext-wght-normal.woff2'],
            weight: NOTO_WEIGHTS,
            style: 'normal',
            unicodeRange: [NOTO_LATIN_EXT],
          },
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
    build: {
      rolldownOptions: {
        // Astro marks every MDX entry "use astro:head-inject" and the bundler then warns, once per
        // entry, that it may not keep that directive; Astro does not need it kept (withastro/astro#18087).
        // At 2,000 MDX entries that is 31,000 lines of build log, and a real warning would drown in them.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // Tests build in copies of the project that share node_modules: each copy gets its own Vite
    // cache (tests/helpers/astro-run.ts), or one run's dependency optimizer deletes another's files.
    ...(process.env.MBO030_VITE_CACHE_DIR ? { cacheDir: process.env.MBO030_VITE_CACHE_DIR } : {}),
  },
});
