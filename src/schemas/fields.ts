/**
 * Field builders shared by the collection schemas. Every message is Dutch and
 * says what is expected, because editors read them in a failed build.
 */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { entryIds } from '../lib/content-dir';
import { parseLocalDate, type LocalDate } from '../lib/local-date';
import { pastedCharacterMessage } from '../lib/pasted-characters';

/**
 * A required piece of text, with a message for "missing" and for "too long", and
 * one for an invisible character pasted along with it (lib/pasted-characters).
 */
export function text(what: string, opts: { max?: number; min?: number } = {}) {
  let schema = z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? `Dit veld ontbreekt: vul ${what} in.`
          : iss.input === null
            ? `Dit veld is leeg: vul ${what} in.`
            : `Dit moet tekst zijn: ${what}.`,
    })
    .trim()
    .min(opts.min ?? 1, { error: `Dit veld is leeg: vul ${what} in.` });
  if (opts.max) {
    schema = schema.max(opts.max, {
      error: (iss) => `Te lang: maximaal ${opts.max} tekens, nu ${(iss.input as string).length}. Maak de tekst korter.`,
    });
  }
  return schema.superRefine((value, ctx) => {
    const message = pastedCharacterMessage(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

type Granularities = LocalDate['granularity'][];

/** The message for a list written another way, as docs/redactie.md writes a list (one item per line). */
export function listError(field: string, example: string): string {
  return `Geef ${field} als lijst: elk item op een eigen regel eronder, met twee spaties en '- ' ervoor, zoals "  - ${example}".`;
}

/** A group of fields (such as an event's `locatie`), with a Dutch message when it is written as one line. */
export function group<T extends z.core.$ZodLooseShape>(what: string, firstField: string, shape: T) {
  return z.object(shape, {
    error: (iss) =>
      iss.input === undefined
        ? `Dit veld ontbreekt: vul ${what} in.`
        : `Geef ${what} als groep: elk onderdeel op een eigen regel eronder, met twee spaties ervoor, zoals "  ${firstField}: …".`,
  });
}

/** A date (optionally with a time) as written in front matter; see `parseLocalDate`. */
export function localDate(what: string, allowed: Granularities = ['jaar', 'maand', 'dag', 'tijd'], optional = false) {
  return z
    .unknown()
    .transform((input, ctx): LocalDate => {
      if (input === undefined || input === null || input === '') {
        const message =
          input === undefined
            ? `Dit veld ontbreekt: vul ${what} in, als JJJJ-MM-DD.`
            : optional
              ? `Dit veld is leeg: vul ${what} in, als JJJJ-MM-DD, of haal de hele regel weg.`
              : `Dit veld is leeg: vul ${what} in, als JJJJ-MM-DD.`;
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      const parsed = parseLocalDate(input);
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      if (!allowed.includes(parsed.granularity)) {
        const shape = allowed.includes('tijd') ? 'JJJJ-MM-DD of "JJJJ-MM-DDTuu:mm"' : 'JJJJ-MM-DD';
        ctx.addIssue({ code: 'custom', message: `Geef voor ${what} een hele datum: ${shape}.` });
        return z.NEVER;
      }
      return parsed;
    })
    .meta({ dateGranularities: allowed });
}

/** A date without time, for consent records and publication dates. */
export function dayDate(what: string) {
  return localDate(what, ['dag']);
}

/** A date an editor may leave out: written but empty (`tot:`), it says to fill it in or remove the line. */
export function optionalDate(what: string, allowed?: Granularities) {
  return localDate(what, allowed, true).optional();
}

/** The entry ids of a collection, for references. The build reads its own content folder; the checker passes the folder it checks. */
export type ReferenceIds = (collection: string) => Set<string>;
export const buildIds: ReferenceIds = (collection) => entryIds(collection);

/** An id of an entry in another collection; fails with the list of ids that do exist. */
export function entryRef(collection: string, what: string, ids: ReferenceIds = buildIds) {
  return z
    .string({ error: `Dit moet de id van ${what} zijn (de bestandsnaam zonder .mdx of .yaml).` })
    .trim()
    .superRefine((id, ctx) => {
      const existing = ids(collection);
      if (!existing.has(id)) {
        const known = [...existing].sort().join(', ') || '(nog geen)';
        // "Nimeto" or "Alfa College" for nimeto or alfa-college: the id is the file name, small letters and dashes.
        const meant = [...existing].find((x) => x === id.toLowerCase().replace(/\s+/g, '-'));
        ctx.addIssue({
          code: 'custom',
          message: meant
            ? `'${id}' bestaat niet in content/${collection}/. Bedoel je '${meant}'? Een id is de bestandsnaam: kleine letters, streepjes in plaats van spaties.`
            : `'${id}' bestaat niet in content/${collection}/. Kies een van: ${known}.`,
        });
      }
    })
    .meta({ references: collection });
}

/**
 * What the CMS form generator (src/admin/cms-config.ts) reads from a field
 * besides its type (it reaches it through `z.toJSONSchema`, which copies these
 * keys): a date's allowed precisions, the collection a reference points into, a
 * pattern the form checks as you type, a group shown as one set of fields per
 * value of one key (the consent record).
 */
export interface FieldMeta {
  dateGranularities?: LocalDate['granularity'][];
  references?: string;
  formPattern?: { regex: string; message: string };
  typeKey?: string;
  image?: true;
}

/** Words that only say "picture": an alt text of one of them (maybe numbered) tells a reader nothing. */
const pictureWords = 'foto|afbeelding|image|img|plaatje|beeld|picture|photo|illustratie';
/** An alt text ending in one of these is a file name. */
const imageExtensions = 'jpe?g|png|webp|avif|svg|gif';
const emptyAlts = new RegExp(`^(${pictureWords})\\s*\\d*$`, 'i');
const fileNameAlt = new RegExp(`\\.(${imageExtensions})$`, 'i');
const ALT_MESSAGE = 'Beschrijf wat er op het beeld te zien is; "foto" of een bestandsnaam zegt een lezer niets.';
/** The same rule as one pattern, for the CMS form (which checks as the editor types). */
const meaningfulAlt = `^(?!\\s*(${pictureWords})\\s*\\d*\\s*$)(?!.*\\.(${imageExtensions})\\s*$).+`;

/** Whether an alt text tells a reader nothing: empty, "foto", or a file name. Also used for images in the text. */
export function isMeaninglessAlt(alt: string): boolean {
  const a = alt.trim();
  return a === '' || emptyAlts.test(a) || fileNameAlt.test(a);
}

/** An image next to the content file, with a required, meaningful alt text. */
export function figure(image: ImageFunction, what: string) {
  return z.object(
    {
      /** Path to the image file, relative to the content file. */
      src: image(),
      /** What the image shows, for people who cannot see it. */
      alt: text(`de alt-tekst (wat er op ${what} te zien is)`, { max: 250 })
        .refine((alt) => !isMeaninglessAlt(alt), { error: ALT_MESSAGE })
        .meta({ formPattern: { regex: meaningfulAlt, message: ALT_MESSAGE } }),
      /**
       * True when the image shows a real person (a photo, not artwork). Such an
       * image of an ambassador needs consent on a signed form, never a public source.
       */
      toontPersonen: z
        .boolean({ error: 'Schrijf toontPersonen: true (er staat een echt persoon op) of toontPersonen: false.' })
        .default(false),
    },
    {
      error: (iss) =>
        iss.input === undefined
          ? `Dit veld ontbreekt: voeg ${what} toe met src en alt.`
          : `Geef ${what} als src en alt.`,
    },
  );
}

/** Where a claim comes from: a document and its section, or a web address. Shown on the page as "Bron". */
export const source = text('de bron (document en paragraaf, of een webadres)', { max: 200 });

/** `draft: true` keeps an entry out of the production build; it still shows in `npm run dev`. */
export const draft = z.boolean({ error: 'Schrijf draft: true of draft: false.' }).default(false);
