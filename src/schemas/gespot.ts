/** Schema of `content/gespot/*.mdx`: places in the city where the trademark mbo030 appears. */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { spottedStatuses } from '../lib/vocabulary';
import { draft, entryRef, figure, source, text, buildIds, type ReferenceIds, optionalDate, listError } from './fields';

/** `gepland`: a plan names the place; `gezien`: the trademark is really there. */

export const spottedSchema = (image: ImageFunction, ids: ReferenceIds = buildIds) =>
  z.object({
    /** Short title, e.g. "In de stadsbus". */
    titel: text('een titel', { max: 60 }),
    /** What carries the trademark, e.g. "stickers in de stadsbussen". */
    wat: text('wat het merk draagt', { max: 160 }),
    /** Where in the city. */
    waar: text('waar in de stad', { max: 120 }),
    /** Which mbo'ers contributed: a programme or a group; a name only with consent. */
    bijdrage: text("welke mbo'ers hieraan bijdragen", { max: 200 }),
    /** Schools (ids from content/scholen/) whose students contributed. */
    scholen: z.array(entryRef('scholen', 'een school', ids), { error: listError('scholen', 'nimeto') }).default([]),
    /** Whether the place is planned or the trademark has been seen there. */
    stand: z.enum(spottedStatuses, { error: 'Kies stand: gepland of gezien.' }),
    /** When it was seen (or planned): a day, a month or a year. */
    datum: optionalDate('de datum', ['jaar', 'maand', 'dag']),
    /** Where this comes from: a document and section, or who saw it and when. Shown as "Bron". */
    bron: source,
    /** Picture of the place (or honest artwork), with alt text. */
    afbeelding: figure(image, 'de afbeelding'),
    /** Order in the gallery: lower comes first. */
    volgorde: z.int({ error: 'Volgorde is een heel getal.' }).default(0),
    draft,
  });
