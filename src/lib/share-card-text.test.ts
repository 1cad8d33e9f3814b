import { describe, expect, it } from 'vitest';
import { parseLocalDate, type LocalDate } from './local-date';
import { cardEventDate } from './share-card-text';

function d(date: string, time?: string): LocalDate {
  const parsed = parseLocalDate(time ? `${date}T${time}` : date);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

describe('an event date on its card, at the precision the source gives', () => {
  it('a day: with its weekday, as on the page, without the times', () => {
    expect(cardEventDate({ start: d('2022-08-20', '14:00'), eind: d('2022-08-20', '17:00'), precisie: 'dag' })).toBe(
      'zaterdag 20 augustus 2022',
    );
  });
  it('a period of days', () => {
    expect(cardEventDate({ start: d('2022-09-30'), eind: d('2022-10-02'), precisie: 'dag' })).toBe(
      '30 september – 2 oktober 2022',
    );
  });
  it('a month: no day is made up', () =>
    expect(cardEventDate({ start: d('2020-08-01'), precisie: 'maand' })).toBe('augustus 2020'));
  it('a year: no month is made up', () =>
    expect(cardEventDate({ start: d('2021-01-01'), precisie: 'jaar' })).toBe('2021'));
  it('no date, or an unknown one: nothing', () => {
    expect(cardEventDate({ precisie: 'onbekend' })).toBeUndefined();
    expect(cardEventDate({ start: d('2021-01-01'), precisie: 'onbekend' })).toBeUndefined();
  });
});
