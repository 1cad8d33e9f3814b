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
