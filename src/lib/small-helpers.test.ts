import { describe, expect, it } from 'vitest';
import { normalizeBase } from './base-path';
import {
  calendarTitle,
  eventPhase,
  eventState,
  eventWhen,
  mapLink,
  monthGroup,
  NO_OUTCOME,
  outcomeLine,
} from './event-labels';
import { parseLocalDate, type LocalDate } from './local-date';
import { currentState, mainNav } from './nav';
import { buildNow } from './now';
import { consentLine, kindLabel } from './ambassador-labels';
import { groupBy, newestFirst, oldestFirst } from './sorting';
import { tourProgress } from './tour-progress';
import { absolute, href, joinBase, to } from './urls';

const d = (v: string | number) => parseLocalDate(v) as LocalDate;

describe('base path and URLs', () => {
  it('normalises BASE_PATH', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('mbo030')).toBe('/mbo030/');
    expect(normalizeBase('/mbo030')).toBe('/mbo030/');
    expect(normalizeBase(' /a/b/ ')).toBe('/a/b/');
  });
  it('joins the base and a path without double or missing slashes', () => {
    expect(joinBase('/', 'verhalen/')).toBe('/verhalen/');
    expect(joinBase('/mbo030/', '/verhalen/')).toBe('/mbo030/verhalen/');
    expect(joinBase('/mbo030', 'robots.txt')).toBe('/mbo030/robots.txt');
    expect(joinBase('/mbo030/', '')).toBe('/mbo030/');
  });
  it('builds every route from the one helper', () => {
    expect(href('x/')).toBe('/x/');
    expect(to.story('fleur')).toBe('/verhalen/fleur/');
    expect(to.tourVisit('a')).toBe('/mbo-tour-030/a/');
    expect(to.school('nimeto')).toBe('/scholen/nimeto/');
    expect(absolute('/mbo030/over/', 'https://voorbeeld.nl')).toBe('https://voorbeeld.nl/mbo030/over/');
  });
});

describe('navigation', () => {
  it('marks the page itself and the section it is in', () => {
    expect(currentState('/verhalen/', '/verhalen/')).toBe('page');
    expect(currentState('/verhalen/', '/verhalen/fleur/')).toBe('true');
    expect(currentState('/verhalen/', '/verhalen')).toBe('page');
    expect(currentState('/verhalen/', '/agenda/')).toBeUndefined();
    expect(mainNav().map((i) => i.label)).toContain('Mbo Tour 030');
  });
});

describe('now', () => {
  it('is fixed by MBO030_NOW, and says clearly when that is not a date', () => {
    expect(buildNow({ MBO030_NOW: '2022-06-15T10:00:00Z' }).toISOString()).toBe('2022-06-15T10:00:00.000Z');
    expect(() => buildNow({ MBO030_NOW: 'morgen' })).toThrow(/MBO030_NOW="morgen" is geen geldige datum-tijd/);
    expect(Math.abs(buildNow({}).getTime() - Date.now())).toBeLessThan(1000);
  });
});

describe('labels', () => {
  it('describes events', () => {
    expect(eventWhen({ start: d('2022-08-20T14:00'), eind: d('2022-08-20T17:00'), precisie: 'dag' })).toBe(
      'zaterdag 20 augustus 2022, 14.00–17.00 uur',
    );
    expect(eventWhen({ start: d('2020-08'), precisie: 'maand' })).toBe('augustus 2020');
    expect(monthGroup({ start: d('2022-08-20'), precisie: 'dag' })).toBe('augustus 2022');
    expect(monthGroup({ start: d(2021), precisie: 'jaar' })).toBe('2021');
    expect(mapLink({ naam: 'Domtoren', plaats: 'Utrecht' })).toBe(
      'https://www.openstreetmap.org/search?query=Domtoren%2C%20Utrecht',
    );
  });
  it('says where an event stands, and an outcome only when a source records one', () => {
    const now = new Date('2022-06-15T10:00:00Z');
    const held = { soort: 'gehouden', tekst: 'Het ging door.', bron: 'Verslag, § 1' } as const;
    expect(eventPhase({ start: d('2022-08-20'), precisie: 'dag' }, now)).toBe('binnenkort');
    expect(eventPhase({ start: d('2022-06'), precisie: 'maand' }, now)).toBe('binnenkort');
    expect(eventPhase({ start: d('2022-03-12'), precisie: 'dag' }, now)).toBe('voorbij');
    expect(eventPhase({ precisie: 'onbekend' }, now)).toBe('onbekend');
    // A passed date alone is never an outcome: the card and page say only that the date passed.
    expect(eventState({ start: d('2022-03-12'), precisie: 'dag' }, 'voorbij')).toEqual({ note: NO_OUTCOME });
    expect(NO_OUTCOME).not.toMatch(/geweest|gehouden|\bwas\b|deden/i);
    expect(eventState({ start: d('2022-03-12'), precisie: 'dag', uitkomst: held }, 'voorbij')).toEqual({
      tag: 'Gehouden',
    });
    expect(eventState({ start: d('2022-08-20'), precisie: 'dag' }, 'binnenkort')).toEqual({});
    expect(eventState({ precisie: 'onbekend', uitkomst: { ...held, soort: 'afgelast' } }, 'onbekend')).toEqual({
      tag: 'Afgelast',
    });
    expect(calendarTitle({ titel: 'Concert', uitkomst: { ...held, soort: 'afgelast' } })).toBe('Afgelast: Concert');
    expect(calendarTitle({ titel: 'Concert' })).toBe('Concert');
    expect(outcomeLine(held)).toBe('Gehouden: Het ging door. (Bron: Verslag, § 1)');
  });
  it('names kinds of ambassador', () => {
    expect(kindLabel('student')).toBe('Student');
    expect(kindLabel('leerbedrijf')).toBe('Leerbedrijf');
    expect(kindLabel('prominent')).toMatch(/Bekende Utrechter/);
  });

  it('says why a person is on the site, per consent basis, naming a public source', () => {
    expect(consentLine({ basis: 'formulier' })).toBe('Met een getekend toestemmingsformulier.');
    expect(consentLine({ basis: 'openbare-bron', bron: 'Uitvoeringsplan, p. 7' })).toBe(
      'Staat al in een openbare bron: Uitvoeringsplan, p. 7. Wij tonen alleen wat die bron noemt.',
    );
  });
});

describe('sorting and grouping', () => {
  const items = [
    { id: 'b', at: d('2022-01-01') },
    { id: 'a', at: d('2022-01-01') },
    { id: 'c', at: d('2023-05-01') },
  ];
  it('sorts newest or oldest first, ties by id', () => {
    expect(newestFirst(items, (i) => i.at).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(oldestFirst(items, (i) => i.at).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
  it('groups in order of first appearance', () => {
    expect(groupBy(['x1', 'y1', 'x2'], (s) => s[0]!)).toEqual([
      { key: 'x', items: ['x1', 'x2'] },
      { key: 'y', items: ['y1'] },
    ]);
  });
});

describe('tour progress', () => {
  it('lists only the schools the diary records a visit to, once, and claims nothing about the rest', () => {
    expect(tourProgress(['a', 'b', 'c', 'd'], ['b', 'b'])).toEqual({
      recorded: ['b'],
      label: 'Het dagboek noemt een bezoek aan één school',
    });
    expect(tourProgress(['a', 'b'], ['b', 'a']).label).toBe('Het dagboek noemt een bezoek aan 2 scholen');
    expect(tourProgress(['a', 'b'], []).label).toBe('Het dagboek noemt nog geen bezoek');
    expect(JSON.stringify(tourProgress(['a', 'b'], ['a']))).not.toMatch(/niet bezocht|van de 2/);
  });
});
