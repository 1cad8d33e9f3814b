import { defineCollection, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import { checkedLoader } from './lib/checked-glob';
import { contentDir } from './lib/content-dir';
import { collectionNames, contentTypes, type CollectionName, type SchemaOf } from './content-types';

/** One collection per content type (src/content-types/); all editorial content lives in content/ (or CONTENT_DIR). */
function collection(name: CollectionName) {
  const type = contentTypes[name];
  const loader = checkedLoader(glob({ base: `${contentDir()}/${name}`, pattern: [type.files.pattern, '!**/_*'] }));
  return defineCollection({ loader, schema: ({ image }) => type.schema(image) });
}

/** Typed per name, so `CollectionEntry<'verhalen'>` has the data of the verhalen schema. */
export const collections = Object.fromEntries(collectionNames.map((name) => [name, collection(name)])) as {
  [N in CollectionName]: ReturnType<typeof collection> & { schema: (context: SchemaContext) => SchemaOf<N> };
};
