/**
 * The agenda on the fixture site (now = 2022-06-15): iCalendar feeds read back
 * by ical.js, JSON-LD, filters, moved events, and identical output whatever
 * time zone the build machine is in.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { listFiles, page, text } from '../helpers/dist';

const dir = sites.fixture;
const feed = (path: string) => {
  const raw = readFileSync(`${dir}${path}`, 'utf8');
  const comp = new ICAL.Component(ICAL.parse(raw));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return { raw, comp, events: comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
};
const utc = (t: ICAL.Time) => t.toJSDate().toISOString();

describe('iCalendar feeds', () => {
  it('/agenda.ics has every published event with a known day at the right moment, recorded cancellations included', () => {
    const { raw, comp, events } = feed('/agenda.ics');
    expect(comp.getFirstPropertyValue('x-wr-calname')).toBe('mbo030: agenda van het Utrechtse mbo');
    expect(raw).toMatch(/\r\n/);
    const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));
    expect(Object.keys(byUid).sort()).toEqual(
      [
        'geannuleerd',
        'lopend',
        'toekomst-dag',
        'toekomst-reeks',
        'verleden-afgelast',
        'verleden-dag',
        'verleden-gehouden',
        'verplaatst',
      ].map((id) => `${id}@test.mbo030.nl`),
    );
    const middag = byUid['toekomst-dag@test.mbo030.nl']!;
    expect([utc(middag.startDate), utc(middag.endDate)]).toEqual([
      '2022-08-20T12:00:00.000Z',
      '2022-08-20T15:00:00.000Z',
    ]);
    const nacht = byUid['verplaatst@test.mbo030.nl']!;
    expect([utc(nacht.startDate), utc(nacht.endDate)]).toEqual([
      '2022-10-29T23:30:00.000Z',
      '2022-10-30T02:30:00.000Z',
    ]);
    expect(nacht.sequence).toBe(1);
    const beurs = byUid['toekomst-reeks@test.mbo030.nl']!;
    expect([beurs.startDate.toString(), beurs.endDate.toString(), beurs.startDate.isDate]).toEqual([
      '2022-09-30',
      '2022-10-03',
      true,
    ]);
    // A month or a year is not a calendar event, and an event without a date is not one either.
    for (const id of ['verleden-maand', 'verleden-jaar', 'zonder-datum'])
      expect(byUid[`${id}@test.mbo030.nl`], id).toBeUndefined();
    const afgelast = byUid['geannuleerd@test.mbo030.nl']!;
    expect(afgelast.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(middag.component.getFirstPropertyValue('url')).toBe(`${TEST_SITE}/agenda/toekomst-dag/`);
  });

  it('has a feed per event with a known day and per school', () => {
    expect(feed('/agenda/toekomst-dag.ics').events.map((e) => e.uid)).toEqual(['toekomst-dag@test.mbo030.nl']);
    expect(
      listFiles(dir)
        .filter((f) => /^agenda\/[^/]+\.ics$/.test(f))
        .sort(),
    ).toEqual(
      [
        'geannuleerd',
        'lopend',
        'toekomst-dag',
        'toekomst-reeks',
        'verleden-afgelast',
        'verleden-dag',
        'verleden-gehouden',
        'verplaatst',
      ].map((id) => `agenda/${id}.ics`),
    );
    expect(
      feed('/scholen/beta-school/agenda.ics')
        .events.map((e) => e.uid)
        .sort(),
    ).toEqual(['toekomst-reeks@test.mbo030.nl', 'verleden-afgelast@test.mbo030.nl', 'verplaatst@test.mbo030.nl']);
  });

  it('offers a download only where the day is known, and says why elsewhere', () => {
    expect(page(dir, '/agenda/toekomst-dag/').querySelector('a[href="/agenda/toekomst-dag.ics"]')).not.toBeNull();
    for (const id of ['verleden-maand', 'verleden-jaar', 'zonder-datum']) {
      const p = page(dir, `/agenda/${id}/`);
      expect(p.querySelector('a[href$=".ics"][download]'), id).toBeNull();
      expect(text(p.querySelector('main')), id).toContain('kun je niet in je agenda zetten');
    }
    expect(text(page(dir, '/agenda/zonder-datum/').querySelector('main dl'))).toContain('Datum niet bekend');
    const agenda = page(dir, '/agenda/');
    expect(agenda.querySelector('a[href="webcal://test.mbo030.nl/agenda.ics"]')).not.toBeNull();
    expect(text(agenda.querySelector('#abonneren')?.parentNode)).toMatch(/Google Agenda.*Apple Agenda.*Outlook/);
  });
});

describe('event pages', () => {
  const jsonLd = (path: string) =>
    JSON.parse(page(dir, path).querySelector('script[type="application/ld+json"]')!.textContent);

  it('carry schema.org Event data with the Amsterdam offset of that date', () => {
    const summer = jsonLd('/agenda/toekomst-dag/');
    expect(summer).toMatchObject({
      '@type': 'Event',
      name: 'Middag op het plein',
      startDate: '2022-08-20T14:00:00+02:00',
      endDate: '2022-08-20T17:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      url: `${TEST_SITE}/agenda/toekomst-dag/`,
      location: {
        '@type': 'Place',
        name: 'Testplein',
        address: { '@type': 'PostalAddress', streetAddress: 'Pleinweg 2', addressLocality: 'Utrecht' },
      },
    });
    // No status without a recorded outcome, and no organizer: no field records one.
    expect(summer).not.toHaveProperty('eventStatus');
    expect(summer).not.toHaveProperty('organizer');
    expect(summer.description).toBeTruthy();
    expect(summer.image[0]).toMatch(/^https:\/\/test\.mbo030\.nl\//);
    expect(jsonLd('/agenda/verplaatst/')).toMatchObject({
      startDate: '2022-10-30T01:30:00+02:00',
      endDate: '2022-10-30T03:30:00+01:00',
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2022-10-01',
    });
    expect(jsonLd('/agenda/geannuleerd/').eventStatus).toBe('https://schema.org/EventCancelled');
  });

  it('carry no Event data without a full start date (search engines require one)', () => {
    for (const id of ['verleden-maand', 'verleden-jaar', 'zonder-datum']) {
      expect(page(dir, `/agenda/${id}/`).querySelector('script[type="application/ld+json"]'), id).toBeNull();
    }
  });

  it('list events without a date after the coming ones, and year-only events after the dated ones of that year', () => {
    const agenda = page(dir, '/agenda/');
    expect(text(agenda.querySelector('#zonder-datum')?.parentNode)).toContain('Evenement zonder datum');
    const headings = agenda.querySelectorAll('main h2').map(text);
    expect(headings.indexOf('Datum niet bekend')).toBeGreaterThan(headings.indexOf('Binnenkort'));
    expect(headings.indexOf('Datum niet bekend')).toBeLessThan(headings.indexOf('Datum voorbij'));
    expect(headings.indexOf('Binnenkort')).toBeGreaterThanOrEqual(0);
  });

  it('show a moved event with its old date, and label month precision honestly', () => {
    expect(text(page(dir, '/agenda/verplaatst/').querySelector('main dl'))).toContain(
      'Eerst gepland op zaterdag 1 oktober 2022',
    );
    expect(text(page(dir, '/agenda/verleden-maand/').querySelector('main dl'))).toContain(
      'De bron noemt alleen de maand',
    );
  });
});

describe('filters without JavaScript', () => {
  it('have a static page per school and per category', () => {
    const alfa = page(dir, '/agenda/school/alfa-college/');
    const titles = alfa.querySelectorAll('main h4').map(text);
    expect(titles).toEqual([
      'Lopende expositie',
      'Middag op het plein',
      'Gehouden open podium',
      'Workshop op de markt',
      'Wielerronde',
    ]);
    expect(alfa.querySelector('a[aria-current=page]')?.getAttribute('href')).toBe('/agenda/school/alfa-college/');
    expect(page(dir, '/agenda/soort/cultuur/').querySelectorAll('main h4').map(text)).toEqual([
      'Lopende expositie',
      'Afgelast concert',
      'Gehouden open podium',
    ]);
    expect(page(dir, '/agenda/').querySelector('a[href="/agenda/soort/sport/"]')).not.toBeNull();
  });
});

describe('every generated .ics file, on the fixture and the real site', () => {
  it.each([
    ['fixture', sites.fixture],
    ['real', sites.real],
  ])('%s: parses with ical.js and puts each event on the day its page shows', (_, site) => {
    const files = listFiles(site).filter((f) => f.endsWith('.ics'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const comp = new ICAL.Component(ICAL.parse(readFileSync(`${site}/${f}`, 'utf8')));
      for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
      for (const v of comp.getAllSubcomponents('vevent')) {
        const event = new ICAL.Event(v);
        const id = event.uid.split('@')[0]!;
        const shown = page(site, `/agenda/${id}/`).querySelector('main dl time')!.getAttribute('datetime')!;
        const start = event.startDate;
        const local = start.isDate ? start.toString() : start.toString().slice(0, 16);
        // Only events with a known day are in a feed: the page shows that very day.
        expect(shown, `${f}: ${id}`).toMatch(/^\d{4}-\d{2}-\d{2}/);
        expect(local.startsWith(shown), `${f}: ${id}`).toBe(true);
      }
    }
  });

  it.each([
    ['fixture', sites.fixture, 'tests/fixtures/content'],
    ['real', sites.real, 'content'],
  ])('%s: no event in any feed lasts longer than the days its own file states', (_, site, content) => {
    for (const f of listFiles(site).filter((x) => x.endsWith('.ics'))) {
      const comp = new ICAL.Component(ICAL.parse(readFileSync(`${site}/${f}`, 'utf8')));
      for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
      for (const v of comp.getAllSubcomponents('vevent')) {
        const event = new ICAL.Event(v);
        const id = event.uid.split('@')[0]!;
        const fm = parseYaml(readFileSync(`${content}/agenda/${id}.mdx`, 'utf8').split(/^---$/m)[1]!) as {
          start: unknown;
          eind?: unknown;
        };
        const day = (x: unknown) => Date.parse(String(x instanceof Date ? x.toISOString() : x).slice(0, 10));
        expect(String(fm.start instanceof Date ? fm.start.toISOString() : fm.start), `${f}: ${id} has a day`).toMatch(
          /^\d{4}-\d{2}-\d{2}/,
        );
        const statedDays = (day(fm.eind ?? fm.start) - day(fm.start)) / 86_400_000 + 1;
        const hours = (event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()) / 3_600_000;
        expect(hours, `${f}: ${id} lasts ${hours} h, its file states ${statedDays} day(s)`).toBeLessThanOrEqual(
          statedDays * 24 + 1,
        );
      }
    }
  });
});
