/**
 * Dates as editors write them: a calendar date in Utrecht (Europe/Amsterdam),
 * optionally with a time of day. No time zone arithmetic happens here, so the
 * same content gives the same pages wherever the build runs.
 */
import { MONTHS } from './dutch-dates';
import type { Precision } from './vocabulary';

/** How much of a date an editor gave: a year, a month, a day, or a day and a time. */
export type Granularity = 'jaar' | 'maand' | 'dag' | 'tijd';

export interface LocalDate {
  /** Calendar date, `YYYY-MM-DD` (first day of the month or year when less was given). */
  date: string;
  /** Time of day, `HH:MM`, when one was given. */
  time?: string;
  /** What the editor actually wrote. */
  granularity: Granularity;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a date value from front matter. YAML turns `2022-08-19` into a Date at
 * UTC midnight; `2020-08` and `2022-08-19T14:00` stay strings; `2021` is a number.
 * Returns a Dutch explanation instead of a value when the input is not a date.
 */
export function parseLocalDate(input: unknown): LocalDate | { error: string } {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { error: 'Dit is geen geldige datum.' };
    const date = `${input.getUTCFullYear()}-${pad(input.getUTCMonth() + 1)}-${pad(input.getUTCDate())}`;
    const hasTime = input.getUTCHours() !== 0 || input.getUTCMinutes() !== 0;
    if (hasTime) {
      // YAML reads an unquoted date with a time as UTC: the hours are the ones written.
      const written = `${date}T${pad(input.getUTCHours())}:${pad(input.getUTCMinutes())}`;
      return {
        error: `Zet een datum met tijd tussen aanhalingstekens, zonder seconden en zonder tijdzone (Utrechtse tijd): "${written}".`,
      };
    }
    return { date, granularity: 'dag' };
  }
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input.trim() : '';
  const m = pattern.exec(text);
  if (!m) {
    const meant = dutchWrittenDate(text);
    if (meant) return { error: `Schrijf de datum als JJJJ-MM-DD: bedoel je ${meant}?` };
    const shown = typeof input === 'string' || typeof input === 'number' ? ` Er staat nu: "${input}".` : '';
    return {
      error: `Schrijf de datum als JJJJ-MM-DD (bijvoorbeeld 2022-08-19), met een tijd als "2022-08-19T14:00", of alleen een maand (2020-08) of jaar (2021).${shown}`,
    };
  }
  const [, y, mo, d, h, mi] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12) return { error: `Maand ${mo} bestaat niet: gebruik 01 tot en met 12.` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `${text} bestaat niet: die maand heeft ${daysInMonth(year, month)} dagen.` };
  }
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59)) {
    return { error: `Tijd ${h}:${mi} bestaat niet: gebruik 00:00 tot en met 23:59.` };
  }
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (h !== undefined) return { date, time: `${h}:${mi}`, granularity: 'tijd' };
  return { date, granularity: d ? 'dag' : mo ? 'maand' : 'jaar' };
}

/** The precision an editor's date implies: `2021` is a year, `2020-08` a month. */
export function impliedPrecision(d: LocalDate): Precision {
  return d.granularity === 'jaar' ? 'jaar' : d.granularity === 'maand' ? 'maand' : 'dag';
}

/** Compares two local dates by calendar date, then by time (no time sorts first). */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return (a.time ?? '').localeCompare(b.time ?? '');
}

/** A date written the Dutch way (28-11-2026, 28/11/2026, 28 november 2026) as JJJJ-MM-DD, if it exists. */
export function dutchWrittenDate(text: string): string | undefined {
  let d: number, mo: number, y: number;
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text.trim());
  const worded = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i.exec(text.trim());
  if (numeric) [d, mo, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (worded && MONTHS.includes(worded[2]!.toLowerCase()))
    [d, mo, y] = [Number(worded[1]), MONTHS.indexOf(worded[2]!.toLowerCase()) + 1, Number(worded[3])];
  else return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}`;
}
