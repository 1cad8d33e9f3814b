/** Schema of `content/ambassadeurs/*.mdx`: people who carry the pride of mbo for a year. */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { compareLocalDates } from '../lib/local-date';
import { ambassadorKinds, consentBases, consentSigners, type ConsentRecord } from '../lib/vocabulary';
import { draft, entryRef, figure, text, buildIds, type ReferenceIds, optionalDate, listError } from './fields';

const missing = (what: string) => `Bij deze basis hoort ${what}.`;

/**
 * Which fields of the consent record belong to which basis: the rules below and
 * the CMS form (one group of fields per basis) both read this table.
 */
export const consentFields = {
  formulier: { required: ['gegeven', 'door', 'onder16', 'vastgelegd'], optional: ['tot'] },
  'openbare-bron': { required: ['bron', 'omvat'], optional: ['datum', 'tot'] },
} as const satisfies Record<
  (typeof consentBases)[number],
  { required: readonly string[]; optional: readonly string[] }
>;

/** The fields that belong to one basis and not to the other. */
const onlyFor = (basis: keyof typeof consentFields) =>
  [...consentFields[basis].required, ...consentFields[basis].optional].filter((f) => f !== 'tot');

/**
 * Recorded consent to publish about someone; without it nothing about them is
 * shown. It states how consent was really obtained (`basis`):
 * - `formulier`: a signed form. Who signed (`door`), when (`gegeven`), whether
 *   the person was under 16 (then a parent signs) and where the form is kept
 *   (`vastgelegd`: a reference such as a case number, never a scan).
 * - `openbare-bron`: a public source that already published the person (`bron`:
 *   which document; `datum`: its date as the source gives it, left out when it
 *   gives none; `omvat`: what it published, e.g. first name, school, quoted words).
 *   It covers only that: a photo of the person always needs a form.
 */
export const consentSchema = z
  .object(
    {
      /** `formulier` (signed form) or `openbare-bron` (a public source published it). */
      basis: z.enum(consentBases, {
        error:
          'Kies basis: formulier (getekend toestemmingsformulier) of openbare-bron (een openbaar document noemt deze persoon al).',
      }),
      /** Form: the day the form was signed. */
      gegeven: optionalDate('de datum waarop het formulier is getekend', ['dag']),
      /** Form: who signed it, the person (`zelf`) or a parent or guardian (`ouder`). */
      door: z.enum(consentSigners, { error: 'Schrijf door: zelf of door: ouder (ouder of voogd).' }).optional(),
      /** Form: whether the person was younger than 16 when the form was signed. */
      onder16: z.boolean({ error: 'Schrijf onder16: true of onder16: false.' }).optional(),
      /** Form: where the signed form is kept, as a reference (never a scan). */
      vastgelegd: text('waar het getekende formulier bewaard wordt (een verwijzing, geen scan)').optional(),
      /** Public source: which document, and where in it. */
      bron: text('welk openbaar document deze persoon noemt').optional(),
      /** Public source: its date, only as precise as the source gives it; leave out when it gives none. */
      datum: optionalDate('de datum van de bron', ['jaar', 'maand', 'dag']),
      /** Public source: what it published about the person (e.g. first name, school, quoted words). */
      omvat: text('wat de bron over deze persoon openbaar maakte').optional(),
      /** Last day anything about the person may be shown; after it they disappear at the next build. */
      tot: optionalDate('de laatste dag van de toestemming', ['dag']),
    },
    {
      error: (iss) =>
        iss.input === undefined
          ? 'Dit veld ontbreekt: zonder vastgelegde toestemming publiceren we niets over deze persoon. Vul toestemming in met basis: formulier (en gegeven, door, onder16, vastgelegd) of basis: openbare-bron (en bron, omvat).'
          : 'Geef toestemming als een blok met basis en de velden die daarbij horen.',
    },
  )
  .superRefine((consent, ctx) => {
    const need = (field: keyof typeof consent, what: string) => {
      if (consent[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: missing(what) });
    };
    if (consent.basis === 'formulier') {
      need('gegeven', 'de datum waarop het formulier is getekend: gegeven: JJJJ-MM-DD');
      need('door', 'wie tekende: door: zelf of door: ouder');
      need('onder16', 'of de persoon jonger dan 16 was: onder16: true of onder16: false');
      need('vastgelegd', 'waar het formulier bewaard wordt: vastgelegd: "…" (een verwijzing, geen scan)');
      for (const field of onlyFor('openbare-bron')) {
        if (consent[field] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `'${field}' hoort bij basis: openbare-bron, niet bij een formulier. Haal het weg.`,
          });
      }
      if (consent.onder16 && consent.door !== 'ouder') {
        ctx.addIssue({
          code: 'custom',
          path: ['door'],
          message: 'Deze persoon was jonger dan 16: een ouder of voogd moet toestemming geven. Schrijf door: ouder.',
        });
      }
      if (consent.tot && consent.gegeven && compareLocalDates(consent.tot, consent.gegeven) < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['tot'],
          message: `De einddatum van de toestemming ligt vóór de datum waarop die gegeven is (${consent.gegeven.date}). Zet tot op of na ${consent.gegeven.date}, of haal tot weg als de toestemming niet afloopt.`,
        });
      }
    }
    if (consent.basis === 'openbare-bron') {
      need('bron', 'welk openbaar document deze persoon noemt: bron: "…"');
      need('omvat', 'wat de bron openbaar maakte: omvat: "voornaam, school en de geciteerde woorden"');
      for (const field of onlyFor('formulier')) {
        if (consent[field] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `'${field}' hoort bij een getekend formulier (basis: formulier). Is er geen formulier, haal het dan weg; verzin het niet.`,
          });
      }
    }
  })
  // The CMS form shows one group of fields per basis (src/admin/cms-config.ts).
  .meta({ typeKey: 'basis' });

/** The schema's consent record is the vocabulary's ConsentRecord: the compiler checks it, so no cast bridges the two. */
export type ParsedConsent = z.output<typeof consentSchema>;
const consentIsRecord: (c: ParsedConsent) => ConsentRecord = (c) => c;
void consentIsRecord;

/** A school year: two years, e.g. 2019-2020 (the form checks the shape; the schema also that they follow each other). */
const SCHOOL_YEAR = /^\d{4}-\d{4}$/;
const SCHOOL_YEAR_MESSAGE = 'Schrijf een schooljaar als 2019-2020.';

export const ambassadorSchema = (image: ImageFunction, ids: ReferenceIds = buildIds) =>
  z
    .object({
      /** Name as published; for students often the first name only. */
      naam: text('de naam zoals die op de site mag staan', { max: 60 }),
      /** Student, learning company (employer) or a well-known Utrechter who did mbo. */
      soort: z.enum(ambassadorKinds, { error: 'Kies soort: student, leerbedrijf of prominent.' }),
      /** School (id from content/scholen/) the person represents. */
      school: entryRef('scholen', 'een school', ids),
      /** Programme (opleiding), only where a source names it. */
      opleiding: text('de opleiding').optional(),
      /** Mbo level 1 to 4, where known. */
      niveau: z
        .int({ error: 'Niveau is een getal van 1 tot en met 4.' })
        .min(1, { error: 'Niveau is 1, 2, 3 of 4.' })
        .max(4, { error: 'Niveau is 1, 2, 3 of 4.' })
        .optional(),
      /** School year(s) as ambassador, e.g. "2019-2020"; only where a source gives them. */
      jaren: z
        .array(
          z
            .string()
            .regex(SCHOOL_YEAR, { error: SCHOOL_YEAR_MESSAGE })
            .refine((y) => Number(y.slice(5)) === Number(y.slice(0, 4)) + 1, {
              error: 'Een schooljaar loopt over twee opeenvolgende jaren, zoals 2019-2020.',
            })
            .meta({ formPattern: { regex: SCHOOL_YEAR.source, message: SCHOOL_YEAR_MESSAGE } }),
          { error: listError('de schooljaren', '2019-2020') },
        )
        .min(1, { error: 'Noem minstens één schooljaar, of laat jaren weg als de bron het niet zegt.' })
        .optional(),
      /** Portrait: honest artwork or a photo the person agreed to, with alt text. */
      portret: figure(image, 'het portret'),
      /** A short quote in the person's own words, only with a named source. */
      citaat: z
        .object({
          /** The words exactly as the source records them. */
          tekst: text('de woorden van het citaat', { max: 400 }),
          /** Where and when they were said, e.g. "Raadsinformatiebijeenkomst, 5 november 2019". */
          bron: text('de bron van het citaat'),
        })
        .optional(),
      /** Summary for lists, search and link previews. */
      samenvatting: text('een samenvatting', { max: 160 }),
      toestemming: consentSchema,
      draft,
    })
    .superRefine((a, ctx) => {
      if (a.portret.toontPersonen && a.toestemming.basis !== 'formulier') {
        ctx.addIssue({
          code: 'custom',
          path: ['portret', 'toontPersonen'],
          message:
            'Een foto van deze persoon vraagt een getekend toestemmingsformulier (basis: formulier). Een openbare bron dekt alleen wat die bron zelf publiceerde. Gebruik een illustratie, of leg een formulier vast.',
        });
      }
    });

export type Consent = z.infer<typeof consentSchema>;
