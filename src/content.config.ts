import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkedLoader } from './lib/checked-glob';
import { contentDir } from './lib/content-dir';
import { collectionSpecs as specs, type CollectionName } from './schemas/collections';

/** All editorial content lives in the top-level content/ folder (or CONTENT_DIR). */
const from = (name: CollectionName) => checkedLoader(glob({ base: `${contentDir()}/${name}`, pattern: [specs[name].pattern, '!**/_*'] }));

export const collections = {
  scholen: defineCollection({ loader: from('scholen'), schema: specs.scholen.schema(undefined as never) }),
  ambassadeurs: defineCollection({ loader: from('ambassadeurs'), schema: ({ image }) => specs.ambassadeurs.schema(image) }),
  verhalen: defineCollection({ loader: from('verhalen'), schema: ({ image }) => specs.verhalen.schema(image) }),
  agenda: defineCollection({ loader: from('agenda'), schema: ({ image }) => specs.agenda.schema(image) }),
  tour: defineCollection({ loader: from('tour'), schema: ({ image }) => specs.tour.schema(image) }),
  paginas: defineCollection({ loader: from('paginas'), schema: specs.paginas.schema(undefined as never) }),
  gespot: defineCollection({ loader: from('gespot'), schema: ({ image }) => specs.gespot.schema(image) }),
};
