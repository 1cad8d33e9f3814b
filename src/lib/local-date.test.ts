import { describe, expect, it } from 'vitest';
import { compareLocalDates, parseLocalDate } from './local-date';

describe('parseLocalDate', () => {
  it('reads the Date YAML makes of 2022-08-19 as that calendar day', () => {
    expect(parseLocalDate(new Date(Date.UTC(2022, 7, 19)))).toEqual({ date: '2022-08-19', granularity: 'dag' });
  });
  it('reads a day, a day with time, a month and a year', () => {
    expect(parseLocalDate('2022-08-19')).toEqual({ date: '2022-08-19', granularity: 'dag' });
    expect(parseLocalDate('2022-08-19T14:00')).toEqual({ date: '2022-08-19', time: '14:00', granularity: 'tijd' });
    expect(parseLocalDate('2022-08-19 09:30')).toEqual({ date: '2022-08-19', time: '09:30', granularity: 'tijd' });
    expect(parseLocalDate('2020-08')).toEqual({ date: '2020-08-01', granularity: 'maand' });
    expect(parseLocalDate(2021)).toEqual({ date: '2021-01-01', granularity: 'jaar' });
  });
  it('explains in Dutch what is wrong', () => {
    expect(parseLocalDate('19-08-2022')).toMatchObject({ error: expect.stringContaining('JJJJ-MM-DD') });
    expect(parseLocalDate('2022-13-01')).toEqual({ error: 'Maand 13 bestaat niet: gebruik 01 tot en met 12.' });
    expect(parseLocalDate('2023-02-29')).toEqual({ error: '2023-02-29 bestaat niet: die maand heeft 28 dagen.' });
    expect(parseLocalDate('2024-02-29')).toEqual({ date: '2024-02-29', granularity: 'dag' });
    expect(parseLocalDate('2022-08-19T24:30')).toMatchObject({ error: expect.stringContaining('bestaat niet') });
    expect(parseLocalDate(new Date(Date.UTC(2022, 7, 19, 12)))).toMatchObject({
      error: expect.stringContaining('zonder tijdzone'),
    });
    expect(parseLocalDate(new Date(Number.NaN))).toEqual({ error: 'Dit is geen geldige datum.' });
    expect(parseLocalDate({})).toMatchObject({ error: expect.stringContaining('JJJJ-MM-DD') });
  });
});

describe('compareLocalDates', () => {
  it('orders by date, then by time', () => {
    const a = { date: '2022-08-19', granularity: 'dag' as const };
    const b = { date: '2022-08-19', time: '10:00', granularity: 'tijd' as const };
    const c = { date: '2022-08-20', granularity: 'dag' as const };
    expect([c, b, a].sort(compareLocalDates)).toEqual([a, b, c]);
    expect(compareLocalDates(a, { ...a })).toBe(0);
  });
});

describe('dates written the Dutch way', () => {
  it('suggests the value to write', () => {
    expect(parseLocalDate('28-11-2026')).toEqual({ error: 'Schrijf de datum als JJJJ-MM-DD: bedoel je 2026-11-28?' });
    expect(parseLocalDate('5/3/2022')).toEqual({ error: 'Schrijf de datum als JJJJ-MM-DD: bedoel je 2022-03-05?' });
    expect(parseLocalDate('28 november 2026')).toEqual({
      error: 'Schrijf de datum als JJJJ-MM-DD: bedoel je 2026-11-28?',
    });
    expect(parseLocalDate('31-02-2026')).toMatchObject({ error: expect.not.stringContaining('bedoel je') });
  });
  it('gives the quoted value for an unquoted date with a time (YAML made a UTC Date of it)', () => {
    expect(parseLocalDate(new Date(Date.UTC(2022, 4, 1, 14, 0, 0)))).toEqual({
      error:
        'Zet een datum met tijd tussen aanhalingstekens, zonder seconden en zonder tijdzone (Utrechtse tijd): "2022-05-01T14:00".',
    });
  });
});
