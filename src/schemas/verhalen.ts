/** Schema of `content/verhalen/*.mdx`: personal stories of mbo'ers. */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { sectors } from '../lib/vocabulary';
import {
  dayDate,
  draft,
  entryRef,
  figure,
  source,
  text,
  buildIds,
  type ReferenceIds,
  optionalDate,
  listError,
} from './fields';

export const storySchema = (image: ImageFunction, ids: ReferenceIds = buildIds) =>
  z.object({
    /** Headline, short and concrete. */
    titel: text('een titel', { max: 90 }),
    /** One or two sentences for lists, search and link previews. */
    samenvatting: text('een samenvatting', { max: 160 }),
    /** Ambassadors (ids from content/ambassadeurs/) this story is about. */
    ambassadeurs: z
      .array(entryRef('ambassadeurs', 'een ambassadeur', ids), { error: listError('ambassadeurs', 'fleur') })
      .default([]),
    /** Schools (ids from content/scholen/) involved. */
    scholen: z
      .array(entryRef('scholen', 'een school', ids), { error: listError('scholen', 'grafisch-lyceum-utrecht') })
      .default([]),
    /** Sector the story belongs to. */
    sector: z.enum(sectors, { error: `Kies een sector: ${sectors.join(', ')}.` }),
    /**
     * When what the story tells happened or was said, as precisely as the source
     * gives it (2019-11-05, 2019-11 or 2019). Leave out when the source gives no
     * date: the page then says so. Never the publication date.
     */
    gebeurd: optionalDate('wanneer het gebeurde of gezegd werd', ['jaar', 'maand', 'dag']),
    /** The day the story was published on this site. */
    datum: dayDate('de publicatiedatum op deze site'),
    /** Where the story's facts come from: document and section, or a web address. */
    bron: source,
    /** Large image at the top of the story, with alt text. */
    afbeelding: figure(image, 'de hoofdafbeelding'),
    /** Free tags, lower case. */
    tags: z.array(text('een tag', { max: 30 }), { error: listError('tags', 'ondernemen') }).default([]),
    draft,
  });
