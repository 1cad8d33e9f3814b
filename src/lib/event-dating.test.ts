import { describe, expect, it } from 'vitest';
import { eventPrecision, frontMatterDating, hasCalendarFile, hasDate } from './event-dating';
import { parseLocalDate, type LocalDate } from './local-date';

const d = (v: string | number) => parseLocalDate(v) as LocalDate;

describe('event dating', () => {
  it('settles the precision: as stated, else what the start implies, onbekend without a start', () => {
    expect(eventPrecision(d(2021), undefined)).toBe('jaar');
    expect(eventPrecision(d('2020-08'), undefined)).toBe('maand');
    expect(eventPrecision(d('2022-08-19T14:00'), undefined)).toBe('dag');
    expect(eventPrecision(d('2022-08-01'), 'maand')).toBe('maand');
    expect(eventPrecision(undefined, undefined)).toBe('onbekend');
  });

  it('has a date with at least a year, and a calendar file only with a known day', () => {
    expect(hasDate({ start: undefined, precisie: 'onbekend' })).toBe(false);
    expect(hasDate({ start: d(2021), precisie: 'jaar' })).toBe(true);
    expect(hasCalendarFile({ start: d(2021), precisie: 'jaar' })).toBe(false);
    expect(hasCalendarFile({ start: d('2022-08-01'), precisie: 'maand' })).toBe(false);
    expect(hasCalendarFile({ start: d('2022-08-19'), precisie: 'dag' })).toBe(true);
    expect(hasCalendarFile({ start: undefined, precisie: 'onbekend' })).toBe(false);
  });

  it('reads start and precisie from raw front matter as the schema does', () => {
    // YAML gives an unquoted day as a Date at UTC midnight, a year as a number.
    expect(frontMatterDating({ start: new Date('2022-08-19T00:00:00Z') })).toEqual({
      start: d('2022-08-19'),
      precisie: 'dag',
    });
    expect(frontMatterDating({ start: 2021 })).toEqual({ start: d(2021), precisie: 'jaar' });
    expect(frontMatterDating({ start: '2022-08-01', precisie: 'maand' }).precisie).toBe('maand');
    expect(frontMatterDating({ start: 'morgen' })).toEqual({ start: undefined, precisie: 'onbekend' });
    expect(frontMatterDating({ precisie: 'dag' })).toEqual({ start: undefined, precisie: 'onbekend' });
    expect(frontMatterDating(undefined)).toEqual({ start: undefined, precisie: 'onbekend' });
  });
});
