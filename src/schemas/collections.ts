/**
 * The content collections in one place: folder, file pattern, schema, the page
 * each entry becomes (from the route map, lib/routes) and the minimum width of each image slot. Used by
 * `src/content.config.ts` (the build) and by the content checker, so both
 * apply exactly the same rules.
 */
import type { ImageFunction } from 'astro:content';
import { path } from '../lib/routes';
import type { ReferenceIds } from './fields';
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
  scholen: { pattern: '*.{yaml,yml,json}', schema: (_image: ImageFunction) => schoolSchema, page: (id: string) => path('school', { id }), images: {} },
  ambassadeurs: { pattern: TEXT_PATTERN, schema: ambassadorSchema, page: (id: string) => path('ambassador', { id }), images: { portret: 512 } },
  verhalen: { pattern: TEXT_PATTERN, schema: storySchema, page: (id: string) => path('story', { id }), images: { afbeelding: 1200 } },
  agenda: { pattern: TEXT_PATTERN, schema: eventSchema, page: (id: string) => path('event', { id }), images: { afbeelding: 1200 } },
  tour: { pattern: TEXT_PATTERN, schema: tourSchema, page: (id: string) => path('tourVisit', { id }), images: { fotos: 1200 } },
  paginas: { pattern: TEXT_PATTERN, schema: (_image: ImageFunction) => pageSchema, page: (id: string) => (id === 'mbo030' ? path('trademark') : path('page', { id })), images: {} },
  gespot: { pattern: TEXT_PATTERN, schema: spottedSchema, page: (_id: string) => path('spotted'), images: { afbeelding: 800 } },
} satisfies Record<string, { pattern: string; schema: (image: ImageFunction, ids?: ReferenceIds) => unknown; page: (id: string) => string; images: Record<string, number> }>;

export type CollectionName = keyof typeof collectionSpecs;
export const collectionNames = Object.keys(collectionSpecs) as CollectionName[];
