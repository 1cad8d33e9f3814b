/**
 * Writes the baseline of the benchmark: a bare Astro 7 project that builds the
 * same content folder with nothing of ours — one minimal layout, the MDX
 * integration (MDX needs it) and no other integration. Each entry becomes a
 * page with its title, its main image at one size (as Astro's blog example
 * does) and its text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const collections = ['verhalen', 'agenda', 'tour', 'ambassadeurs'] as const;

export function writeBareProject(dir: string, contentDir: string): void {
  mkdirSync(join(dir, 'src/pages/[collection]'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], outDir: process.env.OUT_DIR, cacheDir: process.env.CACHE_DIR });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const figure = (image) => z.object({ src: image(), alt: z.string() });
const schema = ({ image }) => z.object({ titel: z.string().optional(), naam: z.string().optional(), afbeelding: figure(image).optional(), portret: figure(image).optional(), fotos: z.array(figure(image)).optional() }).passthrough();
const from = (name) => defineCollection({ loader: glob({ base: ${JSON.stringify(contentDir)} + '/' + name, pattern: '*.{md,mdx}' }), schema });
export const collections = { ${collections.map((c) => `${c}: from('${c}')`).join(', ')} };
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[collection]/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
import { Image } from 'astro:assets';
export async function getStaticPaths() {
  const all = await Promise.all(${JSON.stringify(collections)}.map(async (c) => (await getCollection(c)).map((entry) => ({ params: { collection: c, id: entry.id }, props: { entry } }))));
  return all.flat();
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const d = entry.data;
const img = d.afbeelding ?? d.portret ?? d.fotos?.[0];
---
<html lang="nl"><head><meta charset="utf-8" /><title>{d.titel ?? d.naam}</title></head>
<body><main><h1>{d.titel ?? d.naam}</h1>{img && <Image src={img.src} alt={img.alt} width={1020} />}<Content /></main></body></html>
`,
  );
  writeFileSync(
    join(dir, 'src/pages/index.astro'),
    `<html lang="nl"><head><meta charset="utf-8" /><title>Basis</title></head><body><h1>Basis</h1></body></html>\n`,
  );
}

/**
 * The Lighthouse baseline: a bare Astro 7 project with one page of plain Dutch text,
 * about as long as a story, and nothing else (no CSS, no font, no script). What
 * Lighthouse finds there (TBT above all) comes from this machine, not from our site.
 */
export function writeBarePage(dir: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: process.env.OUT_DIR, cacheDir: process.env.CACHE_DIR });\n`,
  );
  const paragraph =
    'Mbo-studenten in Utrecht leren een vak in de praktijk. Ze lopen stage in de zorg, in de bouw en in de techniek. ' +
    'Op school werken ze samen aan echte opdrachten voor bedrijven uit de stad.';
  writeFileSync(
    join(dir, 'src/pages/index.astro'),
    `<html lang="nl"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Kale Astro-pagina</title><meta name="description" content="De basislijn voor Lighthouse: alleen tekst." /></head>
<body><main><h1>Kale Astro-pagina</h1>${`<p>${paragraph}</p>`.repeat(6)}</main></body></html>\n`,
  );
}
