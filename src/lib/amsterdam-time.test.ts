import { describe, expect, it } from 'vitest';
import { amsterdamInstant, amsterdamOffsetMinutes, dayAfterPeriod } from './amsterdam-time';

describe('Amsterdam time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(amsterdamInstant('2022-01-15', '12:00').toISOString()).toBe('2022-01-15T11:00:00.000Z');
    expect(amsterdamInstant('2022-08-19', '14:00').toISOString()).toBe('2022-08-19T12:00:00.000Z');
    expect(amsterdamOffsetMinutes(Date.UTC(2022, 0, 1))).toBe(60);
    expect(amsterdamOffsetMinutes(Date.UTC(2022, 6, 1))).toBe(120);
  });
  it('handles the night the clocks go forward (27 March 2022)', () => {
    expect(amsterdamInstant('2022-03-27', '01:30').toISOString()).toBe('2022-03-27T00:30:00.000Z');
    expect(amsterdamInstant('2022-03-27', '03:30').toISOString()).toBe('2022-03-27T01:30:00.000Z');
    // 02:30 does not exist that night: it moves forward to 03:30 summer time.
    expect(amsterdamInstant('2022-03-27', '02:30').toISOString()).toBe('2022-03-27T01:30:00.000Z');
  });
  it('handles the night the clocks go back (30 October 2022)', () => {
    expect(amsterdamInstant('2022-10-30', '01:30').toISOString()).toBe('2022-10-29T23:30:00.000Z');
    // 02:30 happens twice: the first (summer time) is taken.
    expect(amsterdamInstant('2022-10-30', '02:30').toISOString()).toBe('2022-10-30T00:30:00.000Z');
    expect(amsterdamInstant('2022-10-30', '03:30').toISOString()).toBe('2022-10-30T02:30:00.000Z');
  });
  it('gives midnight when no time is given', () => {
    expect(amsterdamInstant('2022-08-19').toISOString()).toBe('2022-08-18T22:00:00.000Z');
  });
  it('finds the first day after a day, a month and a year', () => {
    const d = { date: '2022-12-31', granularity: 'dag' as const };
    expect(dayAfterPeriod(d, 'dag')).toBe('2023-01-01');
    expect(dayAfterPeriod({ date: '2020-08-01', granularity: 'maand' }, 'maand')).toBe('2020-09-01');
    expect(dayAfterPeriod({ date: '2022-12-01', granularity: 'maand' }, 'maand')).toBe('2023-01-01');
    expect(dayAfterPeriod({ date: '2021-01-01', granularity: 'jaar' }, 'jaar')).toBe('2022-01-01');
  });
});
