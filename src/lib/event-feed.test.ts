import { describe, expect, it } from 'vitest';
import { eventJsonLd, isoWithOffset, placeLine, toIcsEvent, type FeedEntry } from './event-feed';
import { parseLocalDate, type LocalDate } from './local-date';

const d = (v: string | number) => parseLocalDate(v) as LocalDate;
const entry = (data: Partial<FeedEntry['data']>): FeedEntry => ({
  id: 'x',
  data: { titel: 'Titel', samenvatting: 'Kort', start: d('2022-08-20'), precisie: 'dag', status: 'gepland', volgnummer: 0, ...data },
});

describe('isoWithOffset', () => {
  it('uses +02:00 in summer and +01:00 in winter', () => {
    expect(isoWithOffset('2022-08-20', '14:00')).toBe('2022-08-20T14:00:00+02:00');
    expect(isoWithOffset('2022-01-20', '14:00')).toBe('2022-01-20T14:00:00+01:00');
    expect(isoWithOffset('2022-10-30', '03:30')).toBe('2022-10-30T03:30:00+01:00');
  });
});

describe('toIcsEvent', () => {
  it('marks cancelled events in the title and status, and notes month precision', () => {
    const cancelled = toIcsEvent(entry({ status: 'geannuleerd', volgnummer: 3 }), 'https://s/x/');
    expect(cancelled).toMatchObject({ title: 'Geannuleerd: Titel', cancelled: true, sequence: 3 });
    const month = toIcsEvent(entry({ start: d('2020-08'), precisie: 'maand' }), 'https://s/x/');
    expect(month.description).toBe('Kort\nDe bron noemt alleen de maand, geen dag.\nMeer informatie: https://s/x/');
    expect(placeLine({ naam: 'Domtoren', plaats: 'Utrecht' })).toBe('Domtoren, Utrecht');
  });
});

describe('eventJsonLd', () => {
  it('writes an all-day event with start and end date, and a place in Utrecht when none is given', () => {
    const ld = eventJsonLd(entry({}), 'https://s/x/', 'https://s/og.png');
    expect(ld).toMatchObject({ startDate: '2022-08-20', endDate: '2022-08-20', location: { name: 'Utrecht', address: { addressLocality: 'Utrecht', addressCountry: 'NL' } } });
  });
  it('keeps year precision as a year', () => {
    expect(eventJsonLd(entry({ start: d(2020), eind: d(2022), precisie: 'jaar' }), 'u', 'i')).toMatchObject({ startDate: '2020', endDate: '2022' });
  });
});
