import { describe, expect, it } from 'vitest';
import { eventJsonLd, isoWithOffset, toIcsEvent, type FeedEntry } from './event-feed';
import { placeLine } from './event-labels';
import { parseLocalDate, type LocalDate } from './local-date';

const d = (v: string | number) => parseLocalDate(v) as LocalDate;
const entry = (data: Partial<FeedEntry['data']>): FeedEntry => ({
  id: 'x',
  data: { titel: 'Titel', samenvatting: 'Kort', start: d('2022-08-20'), precisie: 'dag', volgnummer: 0, ...data },
});

describe('isoWithOffset', () => {
  it('uses +02:00 in summer and +01:00 in winter', () => {
    expect(isoWithOffset('2022-08-20', '14:00')).toBe('2022-08-20T14:00:00+02:00');
    expect(isoWithOffset('2022-01-20', '14:00')).toBe('2022-01-20T14:00:00+01:00');
    expect(isoWithOffset('2022-10-30', '03:30')).toBe('2022-10-30T03:30:00+01:00');
  });
});

describe('toIcsEvent', () => {
  const before = new Date('2020-01-01T00:00:00Z');
  const after = new Date('2023-01-01T00:00:00Z');
  it('marks a recorded cancellation in the title and status, and notes month precision', () => {
    const cancelled = toIcsEvent(
      entry({ uitkomst: { soort: 'afgelast', tekst: 'Het ging niet door.', bron: 'Brief, § 2' }, volgnummer: 3 }),
      'https://s/x/',
      after,
    );
    expect(cancelled).toMatchObject({ title: 'Afgelast: Titel', status: 'CANCELLED', sequence: 3 });
    expect(cancelled.description).toBe(
      'Kort\nAfgelast: Het ging niet door. (Bron: Brief, § 2)\nMeer informatie: https://s/x/',
    );
    const month = toIcsEvent(entry({ start: d('2020-08'), precisie: 'maand' }), 'https://s/x/', before);
    expect(month.description).toBe('Kort\nDe bron noemt alleen de maand, geen dag.\nMeer informatie: https://s/x/');
    expect(placeLine({ naam: 'Domtoren', plaats: 'Utrecht' })).toBe('Domtoren, Utrecht');
  });
  it('gives no status without a recorded outcome, and says a passed date is only that', () => {
    const coming = toIcsEvent(entry({}), 'https://s/x/', before);
    expect(coming.status).toBeUndefined();
    expect(coming.description).toBe('Kort\nMeer informatie: https://s/x/');
    const passed = toIcsEvent(entry({}), 'https://s/x/', after);
    expect(passed.status).toBeUndefined();
    expect(passed.description).toBe(
      'Kort\nDe datum is voorbij. De bron zegt niet wat er gebeurde.\nMeer informatie: https://s/x/',
    );
    const held = toIcsEvent(
      entry({ uitkomst: { soort: 'gehouden', tekst: 'Het ging door.', bron: 'Verslag' } }),
      'https://s/x/',
      after,
    );
    expect(held).toMatchObject({ title: 'Titel', status: 'CONFIRMED' });
  });
});

describe('eventJsonLd', () => {
  it('writes an all-day event with start and end date, and no place, organizer or status the content does not give', () => {
    const ld = eventJsonLd(entry({}), 'https://s/x/', 'https://s/og.png');
    expect(ld).toMatchObject({ startDate: '2022-08-20', endDate: '2022-08-20' });
    expect(ld).not.toHaveProperty('location');
    expect(ld).not.toHaveProperty('organizer');
    expect(ld).not.toHaveProperty('eventStatus');
  });
  it('takes the place from locatie and the status from the recorded outcome', () => {
    const ld = eventJsonLd(
      entry({
        locatie: { naam: 'Testplein', plaats: 'Utrecht' },
        uitkomst: { soort: 'verplaatst', tekst: 'Naar oktober.', bron: 'Brief', oorspronkelijk: d('2022-08-01') },
      }),
      'u',
      'i',
    );
    expect(ld).toMatchObject({
      location: { name: 'Testplein', address: { addressLocality: 'Utrecht', addressCountry: 'NL' } },
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2022-08-01',
    });
    expect(
      eventJsonLd(entry({ uitkomst: { soort: 'afgelast', tekst: 'Niet door.', bron: 'Brief' } }), 'u', 'i').eventStatus,
    ).toBe('https://schema.org/EventCancelled');
    expect(
      eventJsonLd(entry({ uitkomst: { soort: 'gehouden', tekst: 'Door.', bron: 'Brief' } }), 'u', 'i').eventStatus,
    ).toBe('https://schema.org/EventScheduled');
  });
  it('keeps year precision as a year', () => {
    expect(eventJsonLd(entry({ start: d(2020), eind: d(2022), precisie: 'jaar' }), 'u', 'i')).toMatchObject({
      startDate: '2020',
      endDate: '2022',
    });
  });
});
