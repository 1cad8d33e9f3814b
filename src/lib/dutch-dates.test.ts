import { describe, expect, it } from 'vitest';
import { datetimeAttr, formatDate, formatPeriod, formatTime, formatTimeRange } from './dutch-dates';
import { parseLocalDate, type LocalDate } from './local-date';

const d = (v: string | number) => parseLocalDate(v) as LocalDate;

describe('Dutch dates', () => {
  it('writes a day, with and without weekday', () => {
    expect(formatDate(d('2022-08-19'), 'dag', { weekday: true })).toBe('vrijdag 19 augustus 2022');
    expect(formatDate(d('2022-08-20'), 'dag', { weekday: true })).toBe('zaterdag 20 augustus 2022');
    expect(formatDate(d('2022-03-01'))).toBe('1 maart 2022');
  });
  it('never shows more than the source gives', () => {
    expect(formatDate(d('2020-08'), 'maand')).toBe('augustus 2020');
    expect(formatDate(d(2022), 'jaar')).toBe('2022');
  });
  it('writes periods within a month, across months and across years', () => {
    expect(formatPeriod(d('2022-08-19'), d('2022-08-21'))).toBe('19–21 augustus 2022');
    expect(formatPeriod(d('2022-09-30'), d('2022-10-02'))).toBe('30 september – 2 oktober 2022');
    expect(formatPeriod(d('2021-12-30'), d('2022-01-02'))).toBe('30 december 2021 – 2 januari 2022');
    expect(formatPeriod(d('2022-08-19'), undefined)).toBe('vrijdag 19 augustus 2022');
    expect(formatPeriod(d('2022-08-19T14:00'), d('2022-08-19T17:00'))).toBe('vrijdag 19 augustus 2022');
  });
  it('writes periods of months and years', () => {
    expect(formatPeriod(d('2020-08'), undefined, 'maand')).toBe('augustus 2020');
    expect(formatPeriod(d('2020-08'), d('2020-09'), 'maand')).toBe('augustus – september 2020');
    expect(formatPeriod(d('2020-12'), d('2021-01'), 'maand')).toBe('december 2020 – januari 2021');
    expect(formatPeriod(d(2020), d(2022), 'jaar')).toBe('2020–2022');
    expect(formatPeriod(d(2021), undefined, 'jaar')).toBe('2021');
  });
  it('writes times the Dutch way', () => {
    expect(formatTime('14:00')).toBe('14.00');
    expect(formatTimeRange(d('2022-08-19T14:00'), d('2022-08-19T17:00'))).toBe('14.00–17.00 uur');
    expect(formatTimeRange(d('2022-08-19T14:00'))).toBe('vanaf 14.00 uur');
    expect(formatTimeRange(d('2022-08-19T22:00'), d('2022-08-20T02:00'))).toBe(
      '22.00 uur tot zaterdag 20 augustus 2022 02.00 uur',
    );
    expect(formatTimeRange(d('2022-08-19'))).toBeUndefined();
  });
  it('gives machine-readable datetime values at the right precision', () => {
    expect(datetimeAttr(d('2022-08-19T14:00'))).toBe('2022-08-19T14:00');
    expect(datetimeAttr(d('2022-08-19'))).toBe('2022-08-19');
    expect(datetimeAttr(d('2020-08'), 'maand')).toBe('2020-08');
    expect(datetimeAttr(d(2021), 'jaar')).toBe('2021');
  });
});
