/** Schema of `content/ambassadeurs/*.mdx`: people who carry the pride of mbo for a year. */
import { z } from 'astro/zod';
import type { ImageFunction } from 'astro:content';
import { compareLocalDates } from '../lib/local-date';
import { dayDate, draft, entryRef, figure, text } from './fields';

/** The three kinds of ambassador the plan describes (chapter 2.3). */
export const ambassadorKinds = ['student', 'leerbedrijf', 'prominent'] as const;

/** Recorded consent to publish someone's story; without it nothing about them is shown. */
export const consentSchema = z
  .object(
    {
      /** The day consent was given. */
      gegeven: dayDate('de datum waarop toestemming is gegeven'),
      /** Who gave it: the person (`zelf`) or a parent or guardian (`ouder`). */
      door: z.enum(['zelf', 'ouder'], { error: "Schrijf door: zelf of door: ouder (ouder of voogd)." }),
      /** Whether the person was younger than 16 when consent was given. */
      onder16: z.boolean({ error: 'Schrijf onder16: true of onder16: false.' }),
      /** Last day the story may be shown; after it the entry disappears at the next build. */
      tot: dayDate('de laatste dag van de toestemming').optional(),
      /** Where the signed form is kept, so it can be found again. */
      vastgelegd: text('waar het toestemmingsformulier bewaard wordt'),
    },
    {
      error: (iss) =>
        iss.input === undefined
          ? 'Dit veld ontbreekt: zonder vastgelegde toestemming publiceren we niets over deze persoon. Vul toestemming in met gegeven, door, onder16 en vastgelegd.'
          : 'Geef toestemming als een blok met gegeven, door, onder16 en vastgelegd.',
    },
  )
  .superRefine((consent, ctx) => {
    if (consent.onder16 && consent.door !== 'ouder') {
      ctx.addIssue({
        code: 'custom',
        path: ['door'],
        message: 'Deze persoon was jonger dan 16: een ouder of voogd moet toestemming geven. Schrijf door: ouder.',
      });
    }
    if (consent.tot && compareLocalDates(consent.tot, consent.gegeven) < 0) {
      ctx.addIssue({ code: 'custom', path: ['tot'], message: 'De einddatum van de toestemming ligt vóór de datum waarop die gegeven is.' });
    }
  });

export const ambassadorSchema = (image: ImageFunction) =>
  z.object({
    /** Name as published; for students often the first name only. */
    naam: text('de naam zoals die op de site mag staan', { max: 60 }),
    /** Student, learning company (employer) or a well-known Utrechter who did mbo. */
    soort: z.enum(ambassadorKinds, { error: 'Kies soort: student, leerbedrijf of prominent.' }),
    /** School (id from content/scholen/) the person represents. */
    school: entryRef('scholen', 'een school'),
    /** Programme (opleiding), only where a source names it. */
    opleiding: text('de opleiding').optional(),
    /** Mbo level 1 to 4, where known. */
    niveau: z.int({ error: 'Niveau is een getal van 1 tot en met 4.' }).min(1, { error: 'Niveau is 1, 2, 3 of 4.' }).max(4, { error: 'Niveau is 1, 2, 3 of 4.' }).optional(),
    /** School year(s) as ambassador, e.g. "2019-2020". */
    jaren: z
      .array(
        z.string().regex(/^(\d{4})-(\d{4})$/, { error: 'Schrijf een schooljaar als 2019-2020.' }).refine((y) => Number(y.slice(5)) === Number(y.slice(0, 4)) + 1, {
          error: 'Een schooljaar loopt over twee opeenvolgende jaren, zoals 2019-2020.',
        }),
        { error: 'Geef de schooljaren als lijst, bijvoorbeeld [2019-2020].' },
      )
      .min(1, { error: 'Noem minstens één schooljaar waarin deze persoon ambassadeur is.' }),
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
  });

export type Consent = z.infer<typeof consentSchema>;
