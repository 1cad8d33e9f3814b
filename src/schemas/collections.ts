/**
 * The content collections in one place: folder, file pattern, schema, the page
 * each entry becomes and the minimum width of each image slot. Used by
 * `src/content.config.ts` (the build) and by the content checker, so both
 * apply exactly the same rules.
 */
import type { ImageFunction } from 'astro:content';
import { ambassadorSchema } from './ambassadeurs';
import { eventSchema } from './agenda';
import { spottedSchema } from './gespot';
import { pageSchema } from './paginas';
import { schoolSchema } from './scholen';
import { tourSchema } from './tour';
import { storySchema } from './verhalen';

/** Text entries may be Markdown (`.md`, faster to build) or MDX (`.mdx`, needed for editor components). */
export const TEXT_PATTERN = '*.{md,mdx}';

export const collectionSpecs = {
  scholen: { pattern: '*.{yaml,yml,json}', schema: (_image: ImageFunction) => schoolSchema, page: (id: string) => `scholen/${id}/`, images: {} },
  ambassadeurs: { pattern: TEXT_PATTERN, schema: ambassadorSchema, page: (id: string) => `ambassadeurs/${id}/`, images: { portret: 512 } },
  verhalen: { pattern: TEXT_PATTERN, schema: storySchema, page: (id: string) => `verhalen/${id}/`, images: { afbeelding: 1200 } },
  agenda: { pattern: TEXT_PATTERN, schema: eventSchema, page: (id: string) => `agenda/${id}/`, images: { afbeelding: 1200 } },
  tour: { pattern: TEXT_PATTERN, schema: tourSchema, page: (id: string) => `mbo-tour-030/${id}/`, images: { fotos: 1200 } },
  paginas: { pattern: TEXT_PATTERN, schema: (_image: ImageFunction) => pageSchema, page: (id: string) => (id === 'mbo030' ? 'mbo030/' : `${id}/`), images: {} },
  gespot: { pattern: TEXT_PATTERN, schema: spottedSchema, page: (_id: string) => 'mbo030/gespot/', images: { afbeelding: 800 } },
} satisfies Record<string, { pattern: string; schema: (image: ImageFunction) => unknown; page: (id: string) => string; images: Record<string, number> }>;

export type CollectionName = keyof typeof collectionSpecs;
export const collectionNames = Object.keys(collectionSpecs) as CollectionName[];

/** Pages that exist besides the entries' own pages: for checking links in content. */
export const fixedPages = [
  '', 'verhalen/', 'ambassadeurs/', 'agenda/', 'mbo-tour-030/', 'scholen/', 'zoeken/',
  'mbo030/', 'mbo030/gebruik/', 'mbo030/downloads/', 'mbo030/gespot/', 'mbo030/badge/',
];
