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
  const base = { titel: 'T', samenvatting: 'S', categorie: 'stad', bron: 'Plan, § 2.2' };
  it('derives precision and all-day from the start', () => {
    const year = eventSchema(image).parse({ ...base, start: 2021 });
    expect(year).toMatchObject({ precisie: 'jaar', heleDag: true, scholen: [] });
    expect(year).not.toHaveProperty('uitkomst');
    const timed = eventSchema(image).parse({ ...base, start: '2022-08-20T14:00', eind: '2022-08-20T17:00' });
    expect(timed).toMatchObject({ precisie: 'dag', heleDag: false });
    expect(eventSchema(image).parse(base)).toMatchObject({ precisie: 'onbekend' });
    expect(eventSchema(image).parse(base).start).toBeUndefined();
  });
  it('never lets a month or a year become a span, and needs a start for an end', () => {
    expect(messages(eventSchema(image).safeParse({ ...base, start: 2020, eind: 2022 }))[0]).toMatch(
      /^eind: Een einddatum kan alleen bij een evenement met een hele datum/,
    );
    expect(messages(eventSchema(image).safeParse({ ...base, eind: '2022-08-20' }))[0]).toMatch(
      /^eind: 'eind' kan alleen met een startdatum/,
    );
  });
  it('explains contradictions between fields', () => {
    expect(messages(eventSchema(image).safeParse({ ...base, start: '2022-08-20T14:00', heleDag: true }))).toEqual([
      'heleDag: Een evenement met een begintijd duurt niet de hele dag: haal de tijd weg of zet heleDag: false.',
    ]);
    expect(messages(eventSchema(image).safeParse({ ...base, start: '2022-08-20', heleDag: false }))[0]).toMatch(
      /^start: heleDag is false/,
    );
    expect(
      messages(eventSchema(image).safeParse({ ...base, start: '2022-08-20T14:00', eind: '2022-08-21' }))[0],
    ).toMatch(/^eind: Geef start en eind allebei met een tijd/);
  });
});

describe('tour schema', () => {
  it('does not accept a time for a visit', () => {
    const r = tourSchema(image).safeParse({
      titel: 'T',
      datum: '2022-03-10T10:00',
      school: 'x',
      locatie: 'L',
      samenvatting: 'S',
      bron: 'B',
    });
    expect(messages(r)).toContain('datum: Geef voor de datum van het bezoek een hele datum: JJJJ-MM-DD.');
  });
});

describe('consent schema', () => {
  const form = { basis: 'formulier', gegeven: '2022-05-01', door: 'zelf', onder16: false, vastgelegd: 'zaak 12' };
  it('requires an end after the start', () => {
    const r = consentSchema.safeParse({ ...form, tot: '2022-04-01' });
    expect(messages(r)).toEqual([
      'tot: De einddatum van de toestemming ligt vóór de datum waarop die gegeven is (2022-05-01). Zet tot op of na 2022-05-01, of haal tot weg als de toestemming niet afloopt.',
    ]);
  });
  it('requires how consent was obtained, with the fields of that basis', () => {
    expect(messages(consentSchema.safeParse({ gegeven: '2022-05-01' }))[0]).toMatch(/^basis: Kies basis: formulier/);
    expect(messages(consentSchema.safeParse({ basis: 'formulier', gegeven: '2022-05-01' }))).toEqual([
      'door: Bij deze basis hoort wie tekende: door: zelf of door: ouder.',
      'onder16: Bij deze basis hoort of de persoon jonger dan 16 was: onder16: true of onder16: false.',
      'vastgelegd: Bij deze basis hoort waar het formulier bewaard wordt: vastgelegd: "…" (een verwijzing, geen scan).',
    ]);
    expect(messages(consentSchema.safeParse({ basis: 'openbare-bron', bron: 'Plan' }))).toEqual([
      'omvat: Bij deze basis hoort wat de bron openbaar maakte: omvat: "voornaam, school en de geciteerde woorden".',
    ]);
  });
  it('does not let a public source claim a form', () => {
    const r = consentSchema.safeParse({
      basis: 'openbare-bron',
      bron: 'Plan',
      omvat: 'voornaam',
      vastgelegd: 'getekend formulier',
    });
    expect(messages(r)[0]).toMatch(/^vastgelegd: 'vastgelegd' hoort bij een getekend formulier/);
  });
  it('lets a parent sign for someone under 16', () => {
    expect(messages(consentSchema.safeParse({ ...form, onder16: true }))).toEqual([
      'door: Deze persoon was jonger dan 16: een ouder of voogd moet toestemming geven. Schrijf door: ouder.',
    ]);
    expect(consentSchema.safeParse({ ...form, onder16: true, door: 'ouder' }).success).toBe(true);
  });
});
