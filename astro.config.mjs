// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
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
  ],
  vite: {
    plugins: [tailwindcss()],
  },
});
