/**
 * An outcome is a fact with a source (issue #24). Five fixture events (now =
 * 2022-06-15): one still to come, one past and held, one past and called off,
 * one past without an outcome and one without a date. For each: the label on
 * its page, its agenda section, its card, the calendar feeds and the JSON-LD.
 * Then the whole fixture site and the real site: no page, card, feed or
 * JSON-LD calls an event held (or gives it a status, place or organizer) that
 * its file does not record. The gate itself is shown to catch the old wording.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureContent, root, sites } from '../helpers/astro-run';
import { fileFor, listFiles, page, pagePaths, text } from '../helpers/dist';
import { calendarFaults, eventRecords, pageFaults } from '../gates/event-wording';
import { NO_OUTCOME } from '../../src/lib/event-labels';

const dir = sites.fixture;
const fixtureEvents = eventRecords(fixtureContent);
const html = (d: string, path: string) => readFileSync(fileFor(d, path)!, 'utf8');
const ics = (path: string) => readFileSync(join(dir, path), 'utf8').replace(/\r\n[ \t]/g, '');
const vevent = (file: string, id: string) =>
  ics(file)
    .split('BEGIN:VEVENT')
    .find((b) => b.includes(`UID:${id}@`));
const jsonLd = (id: string) => {
  const s = page(dir, `/agenda/${id}/`).querySelector('script[type="application/ld+json"]');
  return s ? (JSON.parse(s.textContent) as Record<string, unknown>) : undefined;
};
/** The agenda section (its heading id) whose cards include this event. */
const sectionOf = (id: string) => {
  const agenda = page(dir, '/agenda/');
  return ['komt-eraan', 'zonder-datum', 'archief'].filter((s) =>
    agenda.querySelector(`section[aria-labelledby="${s}"] [data-event-card="${id}"]`),
  );
};
const card = (path: string, id: string) => text(page(dir, path).querySelector(`[data-event-card="${id}"]`));

const cases = [
  {
    id: 'toekomst-dag',
    label: 'Binnenkort',
    section: 'komt-eraan',
    state: '',
    ics: { status: undefined, title: 'Middag op het plein' },
    ld: { eventStatus: undefined, place: 'Testplein' },
  },
  {
    id: 'verleden-gehouden',
    label: 'Datum voorbij',
    section: 'archief',
    state: 'Gehouden',
    outcome: 'Volgens het verslag traden tien studenten op.',
    outcomeSource: 'Testverslag, bladzijde 3',
    ics: { status: 'CONFIRMED', title: 'Gehouden open podium' },
    ld: { eventStatus: 'https://schema.org/EventScheduled', place: undefined },
  },
  {
    id: 'verleden-afgelast',
    label: 'Datum voorbij',
    section: 'archief',
    state: 'Afgelast',
    outcome: 'De sportdag ging niet door door de storm.',
    outcomeSource: 'Testbericht van de school, 1 april 2022',
    ics: { status: 'CANCELLED', title: 'Afgelast: Afgelaste sportdag' },
    ld: { eventStatus: 'https://schema.org/EventCancelled', place: undefined },
  },
  {
    id: 'verleden-dag',
    label: 'Datum voorbij',
    section: 'archief',
    state: NO_OUTCOME,
    ics: { status: undefined, title: 'Workshop op de markt' },
    ld: { eventStatus: undefined, place: undefined },
  },
  { id: 'zonder-datum', label: 'Datum niet bekend', section: 'zonder-datum', state: '' },
] as const;

describe('five events, each as the source records it', () => {
  it.each(cases)('$id: label, agenda section and card', (c) => {
    const p = page(dir, `/agenda/${c.id}/`);
    expect(text(p.querySelector('article .eyebrow'))).toBe(`Agenda · ${c.label}`);
    expect(sectionOf(c.id)).toEqual([c.section]);
    const onCard = text(page(dir, '/agenda/').querySelector(`[data-event-card="${c.id}"] [data-event-state]`));
    expect(onCard).toBe(c.state);
    if ('outcome' in c) {
      const dd = text(p.querySelector('[data-event-outcome]'));
      expect(dd).toBe(`${c.state}. ${c.outcome} Bron: ${c.outcomeSource}`);
    } else if (c.state === NO_OUTCOME) {
      expect(text(p.querySelector('[data-event-outcome]'))).toBe(NO_OUTCOME);
    } else {
      expect(p.querySelector('[data-event-outcome]')).toBeNull();
    }
  });

  it.each(cases)('$id: calendar feeds and JSON-LD', (c) => {
    if (!('ics' in c)) {
      expect(vevent('agenda.ics', c.id)).toBeUndefined();
      expect(jsonLd(c.id)).toBeUndefined();
      return;
    }
    for (const file of ['agenda.ics', `agenda/${c.id}.ics`]) {
      const ev = vevent(file, c.id)!;
      expect(ev, file).toBeDefined();
      expect(/^STATUS:(\w+)/m.exec(ev)?.[1], file).toBe(c.ics.status);
      expect(/^SUMMARY:(.*)$/m.exec(ev)?.[1], file).toBe(c.ics.title);
    }
    const description = /^DESCRIPTION:(.*)$/m.exec(vevent('agenda.ics', c.id)!)![1]!;
    if ('outcome' in c) expect(description).toContain(`${c.state}: ${c.outcome}`);
    if (c.state === NO_OUTCOME) expect(description).toContain(NO_OUTCOME);
    const ld = jsonLd(c.id)!;
    expect(ld.eventStatus).toBe(c.ld.eventStatus);
    expect((ld.location as { name?: string } | undefined)?.name).toBe(c.ld.place);
    expect(ld).not.toHaveProperty('organizer');
  });

  it('shows the passed-date sentence on the school page and the year page too, never "Geweest"', () => {
    expect(card('/scholen/alfa-college/', 'verleden-dag')).toContain(NO_OUTCOME);
    expect(card('/agenda/archief/2022/', 'verleden-dag')).toContain(NO_OUTCOME);
    expect(card('/scholen/alfa-college/', 'verleden-gehouden')).toContain('Gehouden');
    const school = page(dir, '/scholen/alfa-college/');
    expect(school.querySelectorAll('section[aria-labelledby="agenda"] h3').map(text)).toEqual([
      'Binnenkort',
      'Datum voorbij',
    ]);
  });
});

describe('no built page calls an event held that its file does not record', () => {
  const sweep = (d: string, events: ReturnType<typeof eventRecords>) => [
    ...pagePaths(d).flatMap((p) => pageFaults(p, html(d, p), events)),
    ...listFiles(d)
      .filter((f) => f.endsWith('.ics'))
      .flatMap((f) => calendarFaults(f, readFileSync(join(d, f), 'utf8'), events)),
  ];
  it('the fixture site', () => expect(sweep(dir, fixtureEvents)).toEqual([]));
  it('the real site', () => expect(sweep(sites.real, eventRecords(`${root}content`))).toEqual([]));
});

describe('the gate catches the old wording', () => {
  const none = new Map([['x', { hasPlace: false }]]);
  it('on pages: "Geweest" as eyebrow, heading or intro, and an outcome word on a card without an outcome', () => {
    // Markup as the layouts wrote it before #24.
    expect(
      pageFaults(
        '/agenda/x/',
        '<body><main><article><p class="eyebrow"><a>Agenda</a> · Geweest</p><dl><dt>Wanneer</dt><dd>maart 2022</dd></dl></article></main></body>',
        none,
      ),
    ).toEqual(['/agenda/x/: tekst zegt "Geweest"', '/agenda/x/: evenement zonder uitkomst zegt "Geweest"']);
    expect(pageFaults('/scholen/a/', '<body><h3 class="mt-6 text-xl">Geweest</h3></body>', none)).toEqual([
      '/scholen/a/: tekst zegt "Geweest"',
    ]);
    expect(
      pageFaults('/', '<body><p>In het archief zie je waar mbo-studenten al op het podium stonden.</p></body>', none),
    ).toEqual(['/: tekst zegt "op het podium stonden"']);
    expect(
      pageFaults(
        '/agenda/archief/2021/',
        '<head><meta name="description" content="Evenementen van 2021 waar mbo-studenten meededen."></head><body></body>',
        none,
      ),
    ).toEqual(['/agenda/archief/2021/: beschrijving zegt "meededen"']);
    expect(
      pageFaults(
        '/agenda/',
        '<body><article data-event-card="x"><span class="tag">Gehouden</span></article></body>',
        none,
      ),
    ).toEqual(['/agenda/: kaart x zonder uitkomst zegt "Gehouden"']);
    // An editor's own text (.prose) may use these words: it has its own source.
    expect(
      pageFaults('/verhalen/y/', '<body><div class="prose"><p>Ze is naar Parijs geweest.</p></div></body>', none),
    ).toEqual([]);
  });
  it('in JSON-LD and calendar files: a status, place or organizer no field records', () => {
    const ld = {
      '@type': 'Event',
      url: 'https://s/agenda/x/',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { name: 'Utrecht' },
      organizer: { name: 'Gemeente Utrecht' },
    };
    expect(
      pageFaults(
        '/agenda/x/',
        `<head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body>`,
        none,
      ),
    ).toEqual([
      '/agenda/x/: JSON-LD eventStatus zonder uitkomst (x)',
      '/agenda/x/: JSON-LD location zonder locatie (x)',
      '/agenda/x/: JSON-LD organizer, maar geen veld legt een organisator vast (x)',
    ]);
    expect(
      calendarFaults('agenda.ics', 'BEGIN:VEVENT\r\nUID:x@h\r\nSUMMARY:X\r\nSTATUS:CONFIRMED\r\nEND:VEVENT', none),
    ).toEqual(['agenda.ics: x heeft STATUS CONFIRMED, verwacht (geen)']);
    const cancelled = new Map([['x', { outcome: 'afgelast', hasPlace: false }]]);
    expect(calendarFaults('agenda.ics', 'BEGIN:VEVENT\r\nUID:x@h\r\nSUMMARY:X\r\nEND:VEVENT', cancelled)).toEqual([
      'agenda.ics: x heeft STATUS (geen), verwacht CANCELLED',
      'agenda.ics: x titel "X" past niet bij de uitkomst',
    ]);
  });
});
