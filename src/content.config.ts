import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkedLoader } from './lib/checked-glob';
import { contentDir } from './lib/content-dir';
import { schoolSchema } from './schemas/scholen';
import { ambassadorSchema } from './schemas/ambassadeurs';
import { storySchema } from './schemas/verhalen';
import { eventSchema } from './schemas/agenda';
import { tourSchema } from './schemas/tour';
import { pageSchema } from './schemas/paginas';
import { spottedSchema } from './schemas/gespot';

/** All editorial content lives in the top-level content/ folder (or CONTENT_DIR). */
const from = (folder: string, pattern: string) =>
  checkedLoader(glob({ base: `${contentDir()}/${folder}`, pattern: [pattern, '!**/_*'] }));

export const collections = {
  scholen: defineCollection({ loader: from('scholen', '*.{yaml,yml,json}'), schema: schoolSchema }),
  ambassadeurs: defineCollection({
    loader: from('ambassadeurs', '*.mdx'),
    schema: ({ image }) => ambassadorSchema(image),
  }),
  verhalen: defineCollection({ loader: from('verhalen', '*.mdx'), schema: ({ image }) => storySchema(image) }),
  agenda: defineCollection({ loader: from('agenda', '*.mdx'), schema: ({ image }) => eventSchema(image) }),
  tour: defineCollection({ loader: from('tour', '*.mdx'), schema: ({ image }) => tourSchema(image) }),
  paginas: defineCollection({ loader: from('paginas', '*.mdx'), schema: pageSchema }),
  gespot: defineCollection({ loader: from('gespot', '*.mdx'), schema: ({ image }) => spottedSchema(image) }),
};
