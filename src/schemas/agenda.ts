/** Schema of `content/agenda/*.mdx`: city events where mbo students take the stage. */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { compareLocalDates } from '../lib/local-date';
import { draft, entryRef, figure, source, text, buildIds, type ReferenceIds, optionalDate, listError } from './fields';
import { impliedPrecision, precisionMismatch, precisionSchema } from './precision';
import { eventCategories, eventOutcomeKinds } from '../lib/vocabulary';
import { eventPrecision } from '../lib/event-dating';
import { locationSchema } from './scholen';

/** The fix an editor needs when an outcome has no source of its own. */
export const OUTCOME_NEEDS_SOURCE =
  'Een uitkomst heeft een eigen bron nodig: waar staat dat het evenement gehouden, afgelast of verplaatst is? Vul uitkomst.bron in (document en paragraaf, of een webadres). Zegt geen bron wat er gebeurde? Haal uitkomst dan weg.';

/**
 * What a source says became of the event: held, called off or moved, in a short
 * sentence, with its own source. The site never infers an outcome from a date.
 */
export const outcomeSchema = z.object(
  {
    /** `gehouden`, `afgelast` or `verplaatst`. */
    soort: z.enum(eventOutcomeKinds, { error: `Kies bij uitkomst een soort: ${eventOutcomeKinds.join(', ')}.` }),
    /** What happened, in one sentence, as the source tells it. */
    tekst: text('wat er gebeurde (uitkomst.tekst)', { max: 200 }),
    /** Where it says so: document and section, or a web address. Shown as "Bron" next to the outcome. */
    bron: z
      .string({
        error: (iss) =>
          iss.input === undefined ? OUTCOME_NEEDS_SOURCE : 'Dit moet tekst zijn: de bron van de uitkomst.',
      })
      .trim()
      .min(1, { error: OUTCOME_NEEDS_SOURCE })
      .max(200, {
        error: (iss) =>
          `Te lang: maximaal 200 tekens, nu ${String(iss.input as string).length}. Maak de bron van de uitkomst korter.`,
      }),
    /** For a moved event: the date it was first planned on. `start` holds the new date. */
    oorspronkelijk: optionalDate('de oorspronkelijke datum'),
  },
  { error: 'Geef uitkomst als groep met soort, tekst en bron, of laat uitkomst weg.' },
);

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
      start: optionalDate('de startdatum'),
      /** End, in the same form; leave out for a single day. */
      eind: optionalDate('de einddatum'),
      /** All day; follows from the start when left out (no time = all day). */
      heleDag: z.boolean({ error: 'Schrijf heleDag: true of heleDag: false.' }).optional(),
      /** How exactly the source dates the event: `dag`, `maand` or `jaar`. Follows from the start when left out. */
      precisie: precisionSchema,
      /** Where it happens. */
      locatie: locationSchema.optional(),
      /** Ambassadors (ids from content/ambassadeurs/) who take part; shown only while their consent is valid. */
      ambassadeurs: z
        .array(entryRef('ambassadeurs', 'een ambassadeur', ids), { error: listError('ambassadeurs', 'fleur') })
        .default([]),
      /** Where the event and the mbo's part in it are named: document and section, or a web address. */
      bron: source,
      /** Schools (ids from content/scholen/) taking part. */
      scholen: z.array(entryRef('scholen', 'een school', ids), { error: listError('scholen', 'nimeto') }).default([]),
      /** Kind of event, for the filter on /agenda/. */
      categorie: z.enum(eventCategories, { error: `Kies een categorie: ${eventCategories.join(', ')}.` }),
      /** What became of it, only when a source says so (see outcomeSchema); without it the site claims no outcome. */
      uitkomst: outcomeSchema.optional(),
      /** Raise by one each time date, time, place or outcome changes, so subscribed calendars update. */
      volgnummer: z
        .int({ error: 'Volgnummer is een heel getal: 0, 1, 2, ...' })
        .min(0, { error: 'Volgnummer is 0 of hoger.' })
        .default(0),
      /** Where to register (https), if that is needed. */
      aanmelden: z.url({ protocol: /^https$/, error: 'Geef een aanmeldlink die begint met https://.' }).optional(),
      /** Optional image with alt text. */
      afbeelding: figure(image, 'de afbeelding').optional(),
      draft,
    })
    .superRefine((e, ctx) => {
      if (e.uitkomst?.oorspronkelijk && e.uitkomst.soort !== 'verplaatst') {
        ctx.addIssue({
          code: 'custom',
          path: ['uitkomst', 'oorspronkelijk'],
          message:
            "'uitkomst.oorspronkelijk' hoort alleen bij soort verplaatst. Haal het weg, of kies soort: verplaatst.",
        });
      }
      if (!e.start) {
        if (e.uitkomst?.soort === 'verplaatst') {
          ctx.addIssue({
            code: 'custom',
            path: ['start'],
            message: "Een verplaatst evenement heeft een nieuwe datum: zet die in 'start'.",
          });
        }
        for (const field of ['eind', 'precisie', 'heleDag'] as const) {
          if (e[field] !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [field],
              message: `'${field}' kan alleen met een startdatum. Noemt de bron geen datum? Haal ${field} dan ook weg.`,
            });
        }
        return;
      }
      const precision = e.precisie ?? impliedPrecision(e.start);
      const mismatch = precisionMismatch(e.start, precision);
      if (mismatch) ctx.addIssue({ code: 'custom', path: ['precisie'], message: mismatch });
      if (e.eind && precision !== 'dag') {
        ctx.addIssue({
          code: 'custom',
          path: ['eind'],
          message:
            'Een einddatum kan alleen bij een evenement met een hele datum. Noemt de bron alleen een maand of jaar? Laat eind weg; verzin geen periode.',
        });
      }
      if (e.eind && compareLocalDates(e.eind, e.start) < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['eind'],
          message: 'De einddatum ligt vóór de startdatum. Zet het einde na het begin.',
        });
      }
      if (e.heleDag === true && e.start.time) {
        ctx.addIssue({
          code: 'custom',
          path: ['heleDag'],
          message: 'Een evenement met een begintijd duurt niet de hele dag: haal de tijd weg of zet heleDag: false.',
        });
      }
      if (e.heleDag === false && !e.start.time) {
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: 'heleDag is false: geef een begintijd, zoals "2022-08-19T14:00".',
        });
      }
      if (e.uitkomst?.soort === 'verplaatst' && !e.uitkomst.oorspronkelijk) {
        ctx.addIssue({
          code: 'custom',
          path: ['uitkomst', 'oorspronkelijk'],
          message:
            "Bij een verplaatst evenement hoort de oude datum in 'uitkomst.oorspronkelijk'; zet de nieuwe datum in 'start'.",
        });
      }
      if (e.eind && Boolean(e.eind.time) !== Boolean(e.start.time)) {
        ctx.addIssue({
          code: 'custom',
          path: ['eind'],
          message: 'Geef start en eind allebei met een tijd, of allebei zonder.',
        });
      }
    })
    .transform((e) => ({
      ...e,
      /** `onbekend` when the source gives no date. */
      precisie: eventPrecision(e.start, e.precisie),
      heleDag: e.heleDag ?? !e.start?.time,
    }));
