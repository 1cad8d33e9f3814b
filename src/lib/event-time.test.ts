import { describe, expect, it } from 'vitest';
import { eventEndInstant, eventStartInstant, isUpcoming } from './event-time';
import { parseLocalDate, type LocalDate } from './local-date';

const d = (v: string | number) => parseLocalDate(v) as LocalDate;

describe('event timing', () => {
  it('an afternoon event ends at its end time', () => {
    const e = { start: d('2022-08-20T14:00'), eind: d('2022-08-20T17:00'), precisie: 'dag' as const };
    expect(eventStartInstant(e).toISOString()).toBe('2022-08-20T12:00:00.000Z');
    expect(eventEndInstant(e).toISOString()).toBe('2022-08-20T15:00:00.000Z');
    expect(isUpcoming(e, new Date('2022-08-20T14:59:00Z'))).toBe(true);
    expect(isUpcoming(e, new Date('2022-08-20T15:00:00Z'))).toBe(false);
  });
  it('an all-day event lasts until midnight in Utrecht', () => {
    const e = { start: d('2022-07-01'), precisie: 'dag' as const };
    expect(eventEndInstant(e).toISOString()).toBe('2022-07-01T22:00:00.000Z');
    expect(isUpcoming(e, new Date('2022-07-01T21:59:00Z'))).toBe(true);
  });
  it('an event with a start time and no end runs until the end of that day', () => {
    expect(eventEndInstant({ start: d('2022-01-10T20:00'), precisie: 'dag' }).toISOString()).toBe(
      '2022-01-10T23:00:00.000Z',
    );
  });
  it('a month or a year lasts until it is over', () => {
    expect(isUpcoming({ start: d('2020-08'), precisie: 'maand' }, new Date('2020-08-31T12:00:00Z'))).toBe(true);
    expect(isUpcoming({ start: d('2020-08'), precisie: 'maand' }, new Date('2020-09-01T00:00:00Z'))).toBe(false);
    expect(isUpcoming({ start: d(2020), eind: d(2022), precisie: 'jaar' }, new Date('2022-12-31T12:00:00Z'))).toBe(
      true,
    );
  });
  it('a multi-day event is coming until its last day is over', () => {
    const e = { start: d('2022-06-01'), eind: d('2022-06-20'), precisie: 'dag' as const };
    expect(isUpcoming(e, new Date('2022-06-15T10:00:00Z'))).toBe(true);
    expect(isUpcoming(e, new Date('2022-06-21T00:00:00Z'))).toBe(false);
  });
});
