/** The schemas' derived values and messages, checked without Astro (image() is stubbed). */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { eventSchema } from './agenda';
import { consentSchema } from './ambassadeurs';
import { tourSchema } from './tour';

const image = (() => z.string()) as unknown as Parameters<typeof eventSchema>[0];
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('event schema', () => {
  const base = { titel: 'T', samenvatting: 'S', categorie: 'stad' };
  it('derives precision and all-day from the start', () => {
    const year = eventSchema(image).parse({ ...base, start: 2021 });
    expect(year).toMatchObject({ precisie: 'jaar', heleDag: true, status: 'gepland', scholen: [] });
    const timed = eventSchema(image).parse({ ...base, start: '2022-08-20T14:00', eind: '2022-08-20T17:00' });
    expect(timed).toMatchObject({ precisie: 'dag', heleDag: false });
  });
  it('explains contradictions between fields', () => {
    expect(messages(eventSchema(image).safeParse({ ...base, start: '2022-08-20T14:00', heleDag: true }))).toEqual([
      'heleDag: Een evenement met een begintijd duurt niet de hele dag: haal de tijd weg of zet heleDag: false.',
    ]);
    expect(messages(eventSchema(image).safeParse({ ...base, start: '2022-08-20', heleDag: false }))[0]).toMatch(/^start: heleDag is false/);
    expect(messages(eventSchema(image).safeParse({ ...base, start: '2022-08-20T14:00', eind: '2022-08-21' }))[0]).toMatch(/^eind: Geef start en eind allebei met een tijd/);
  });
});

describe('tour schema', () => {
  it('does not accept a time for a visit', () => {
    const r = tourSchema(image).safeParse({ titel: 'T', datum: '2022-03-10T10:00', school: 'x', locatie: 'L', samenvatting: 'S' });
    expect(messages(r)).toContain('datum: Geef voor de datum van het bezoek een hele datum: JJJJ-MM-DD.');
  });
});

describe('consent schema', () => {
  it('requires an end after the start', () => {
    const r = consentSchema.safeParse({ gegeven: '2022-05-01', tot: '2022-04-01', door: 'zelf', onder16: false, vastgelegd: 'map' });
    expect(messages(r)).toEqual(['tot: De einddatum van de toestemming ligt vóór de datum waarop die gegeven is.']);
  });
});
