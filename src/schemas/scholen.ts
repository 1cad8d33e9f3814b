/** Schema of `content/scholen/*.yaml`: the Utrecht mbo schools. */
import { z } from 'astro/zod';
import { group, text } from './fields';

export const locationSchema = group('de locatie', 'naam', {
  /** Name of the location or academy, e.g. "Future Care Labs". */
  naam: text('de naam van de locatie'),
  /** Street and number, only where a source gives it. */
  adres: text('het adres').optional(),
  /** City. */
  plaats: text('de plaats').default('Utrecht'),
});

export const schoolSchema = z.object({
  /** Full name as the school writes it, e.g. "ROC Midden Nederland". */
  naam: text('de volledige naam van de school'),
  /** Short name readers know, e.g. "GLU"; search finds the school by it too. */
  korteNaam: text('de korte naam van de school', { max: 24 }),
  /** The school's own website (https). */
  website: z.url({ protocol: /^https$/, error: 'Geef het webadres van de school, beginnend met https://.' }),
  /** One or two sentences about the school, in plain Dutch (B1). */
  omschrijving: text('een korte omschrijving van de school', { max: 300 }),
  /** Locations and academies named in the sources. */
  locaties: z.array(locationSchema).default([]),
});

export type School = z.infer<typeof schoolSchema>;
