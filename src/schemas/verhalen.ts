/** Schema of `content/verhalen/*.mdx`: personal stories of mbo'ers. */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { dayDate, draft, entryRef, figure, text } from './fields';

/** Sectors a story can belong to; also a search filter. */
export const sectors = [
  'zorg en welzijn',
  'ict',
  'bouw en techniek',
  'creatief',
  'horeca en evenementen',
  'economie en handel',
  'veiligheid',
  'overig',
] as const;

export const storySchema = (image: ImageFunction) =>
  z.object({
    /** Headline, short and concrete. */
    titel: text('een titel', { max: 90 }),
    /** One or two sentences for lists, search and link previews. */
    samenvatting: text('een samenvatting', { max: 160 }),
    /** Ambassadors (ids from content/ambassadeurs/) this story is about. */
    ambassadeurs: z.array(entryRef('ambassadeurs', 'een ambassadeur'), { error: 'Geef ambassadeurs als lijst: [fleur].' }).default([]),
    /** Schools (ids from content/scholen/) involved. */
    scholen: z.array(entryRef('scholen', 'een school'), { error: 'Geef scholen als lijst: [grafisch-lyceum-utrecht].' }).default([]),
    /** Sector the story belongs to. */
    sector: z.enum(sectors, { error: `Kies een sector: ${sectors.join(', ')}.` }),
    /** Publication date. */
    datum: dayDate('de publicatiedatum'),
    /** Large image at the top of the story, with alt text. */
    afbeelding: figure(image, 'de hoofdafbeelding'),
    /** Free tags, lower case. */
    tags: z.array(text('een tag', { max: 30 }), { error: 'Geef tags als lijst: [ondernemen, video].' }).default([]),
    draft,
  });
