/** Schema of `content/tour/*.mdx`: the Mbo Tour 030 diary, the alderman's school visits. */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import {
  dayDate,
  draft,
  entryRef,
  figure,
  localDate,
  source,
  text,
  buildIds,
  type ReferenceIds,
  listError,
  group,
} from './fields';
import { impliedPrecision, precisionMismatch, precisionSchema } from './precision';

export const tourSchema = (image: ImageFunction, ids: ReferenceIds = buildIds) =>
  z
    .object({
      /** Headline of the visit. */
      titel: text('een titel', { max: 90 }),
      /** Date of the visit: a day, or only a month or year when the source gives no day. */
      datum: localDate('de datum van het bezoek', ['jaar', 'maand', 'dag']),
      /** The day this diary entry was published on this site (news feed, "op deze site sinds"); never the day of the visit. */
      gepubliceerd: dayDate('de publicatiedatum op deze site'),
      /** How exactly the source dates the visit. Follows from the date when left out. */
      precisie: precisionSchema,
      /** School visited (id from content/scholen/). */
      school: entryRef('scholen', 'de bezochte school', ids),
      /** Location or academy visited. */
      locatie: text('de locatie of academie'),
      /** Programmes (opleidingen) visited. */
      opleidingen: z.array(text('een opleiding'), { error: listError('opleidingen', 'Verpleegkunde') }).default([]),
      /** Who was met: a role, and a name only where the source names the person. */
      ontmoet: z
        .array(
          group('wie er ontmoet werd', 'rol', {
            rol: text('de rol van wie er ontmoet werd'),
            naam: text('de naam').optional(),
          }),
          { error: listError('ontmoet', 'rol: docent') },
        )
        .default([]),
      /** Ambassadors (ids from content/ambassadeurs/) who were there; shown only while their consent is valid. */
      ambassadeurs: z
        .array(entryRef('ambassadeurs', 'een ambassadeur', ids), { error: listError('ambassadeurs', 'fleur') })
        .default([]),
      /** Where the report comes from: document and section, or a web address. */
      bron: source,
      /** One or two sentences for lists and previews. */
      samenvatting: text('een samenvatting', { max: 160 }),
      /** Optional photos (or artwork), each with alt text. */
      fotos: z
        .array(figure(image, 'de foto'), { error: listError('fotos', 'src: ../afbeeldingen/bezoek.jpg') })
        .default([]),
      draft,
    })
    .superRefine((t, ctx) => {
      const mismatch = precisionMismatch(t.datum, t.precisie ?? impliedPrecision(t.datum));
      if (mismatch) ctx.addIssue({ code: 'custom', path: ['precisie'], message: mismatch });
    })
    .transform((t) => ({ ...t, precisie: t.precisie ?? impliedPrecision(t.datum) }));
