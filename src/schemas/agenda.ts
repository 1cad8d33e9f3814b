/** Schema of `content/agenda/*.mdx`: city events where mbo students take the stage. */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { compareLocalDates } from '../lib/local-date';
import { draft, entryRef, figure, localDate, source, text, buildIds, type ReferenceIds } from './fields';
import { impliedPrecision, precisionMismatch, precisionSchema } from './precision';
import { eventCategories, eventStatuses, UNKNOWN_PRECISION } from '../lib/vocabulary';
import { locationSchema } from './scholen';


export const eventSchema = (image: ImageFunction, ids: ReferenceIds = buildIds) =>
  z
    .object({
      /** Name of the event. */
      titel: text('een titel', { max: 90 }),
      /** What happens and what mbo students do there, in one or two sentences. */
      samenvatting: text('een samenvatting', { max: 160 }),
      /**
       * Start: 2022-08-19, "2022-08-19T14:00" (Utrecht time), 2020-08 (month) or 2021
       * (year), as precisely as the source gives it. Leave out when the source gives
       * no date at all: the page then says "datum niet bekend". Never invent a span.
       */
      start: localDate('de startdatum').optional(),
      /** End, in the same form; leave out for a single day. */
      eind: localDate('de einddatum').optional(),
      /** All day; follows from the start when left out (no time = all day). */
      heleDag: z.boolean({ error: 'Schrijf heleDag: true of heleDag: false.' }).optional(),
      /** How exactly the source dates the event: `dag`, `maand` or `jaar`. Follows from the start when left out. */
      precisie: precisionSchema,
      /** Where it happens. */
      locatie: locationSchema.optional(),
      /** Ambassadors (ids from content/ambassadeurs/) who take part; shown only while their consent is valid. */
      ambassadeurs: z.array(entryRef('ambassadeurs', 'een ambassadeur', ids), { error: 'Geef ambassadeurs als lijst: [fleur].' }).default([]),
      /** Where the event and the mbo's part in it are named: document and section, or a web address. */
      bron: source,
      /** Schools (ids from content/scholen/) taking part. */
      scholen: z.array(entryRef('scholen', 'een school', ids), { error: 'Geef scholen als lijst.' }).default([]),
      /** Kind of event, for the filter on /agenda/. */
      categorie: z.enum(eventCategories, { error: `Kies een categorie: ${eventCategories.join(', ')}.` }),
      /** `gepland`, `geannuleerd` or `verplaatst`. */
      status: z.enum(eventStatuses, { error: 'Kies status: gepland, geannuleerd of verplaatst.' }).default('gepland'),
      /** For a moved event (status verplaatst): the date it was first planned on. `start` holds the new date. */
      oorspronkelijk: localDate('de oorspronkelijke datum').optional(),
      /** Raise by one each time date, time, place or status changes, so subscribed calendars update. */
      volgnummer: z.int({ error: 'Volgnummer is een heel getal: 0, 1, 2, ...' }).min(0, { error: 'Volgnummer is 0 of hoger.' }).default(0),
      /** Where to register (https), if that is needed. */
      aanmelden: z.url({ protocol: /^https$/, error: 'Geef een aanmeldlink die begint met https://.' }).optional(),
      /** Optional image with alt text. */
      afbeelding: figure(image, 'de afbeelding').optional(),
      draft,
    })
    .superRefine((e, ctx) => {
      if (!e.start) {
        for (const field of ['eind', 'precisie', 'heleDag', 'oorspronkelijk'] as const) {
          if (e[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `'${field}' kan alleen met een startdatum. Noemt de bron geen datum? Haal ${field} dan ook weg.` });
        }
        return;
      }
      const precision = e.precisie ?? impliedPrecision(e.start);
      const mismatch = precisionMismatch(e.start, precision);
      if (mismatch) ctx.addIssue({ code: 'custom', path: ['precisie'], message: mismatch });
      if (e.eind && precision !== 'dag') {
        ctx.addIssue({ code: 'custom', path: ['eind'], message: 'Een einddatum kan alleen bij een evenement met een hele datum. Noemt de bron alleen een maand of jaar? Laat eind weg; verzin geen periode.' });
      }
      if (e.eind && compareLocalDates(e.eind, e.start) < 0) {
        ctx.addIssue({ code: 'custom', path: ['eind'], message: 'De einddatum ligt vóór de startdatum. Zet het einde na het begin.' });
      }
      if (e.heleDag === true && e.start.time) {
        ctx.addIssue({ code: 'custom', path: ['heleDag'], message: 'Een evenement met een begintijd duurt niet de hele dag: haal de tijd weg of zet heleDag: false.' });
      }
      if (e.heleDag === false && !e.start.time) {
        ctx.addIssue({ code: 'custom', path: ['start'], message: 'heleDag is false: geef een begintijd, zoals "2022-08-19T14:00".' });
      }
      if (e.status === 'verplaatst' && !e.oorspronkelijk) {
        ctx.addIssue({ code: 'custom', path: ['oorspronkelijk'], message: "Bij status verplaatst hoort de oude datum in 'oorspronkelijk'; zet de nieuwe datum in 'start'." });
      }
      if (e.eind && Boolean(e.eind.time) !== Boolean(e.start.time)) {
        ctx.addIssue({ code: 'custom', path: ['eind'], message: 'Geef start en eind allebei met een tijd, of allebei zonder.' });
      }
    })
    .transform((e) => ({
      ...e,
      /** `onbekend` when the source gives no date. */
      precisie: e.start ? (e.precisie ?? impliedPrecision(e.start)) : UNKNOWN_PRECISION,
      heleDag: e.heleDag ?? !e.start?.time,
    }));
