/**
 * Which events have a calendar file (`.ics`): the checker (links to `agenda/<id>.ics`)
 * and the build (data/site.ts `calendar`) decide with one function, hasCalendarFile
 * (lib/event-dating). The build applies it to the schema's output, the checker to
 * the raw front matter it reads before validating. Here both read the same files.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { frontMatterDating, hasCalendarFile } from '../lib/event-dating';
import { eventSchema } from '../schemas/agenda';
import { parseContentFile } from './front-matter';

const image = (() => z.string()) as unknown as Parameters<typeof eventSchema>[0];
const file = (dating: string) =>
  `---\ntitel: T\nsamenvatting: S\nbron: Plan\ncategorie: stad\n${dating}\n---\n\nTekst.\n`;

const datings: Record<string, string> = {
  'a day': 'start: 2022-08-19',
  'a quoted day': "start: '2022-08-19'",
  'a day and a time': 'start: "2022-08-19T14:00"\neind: "2022-08-19T17:00"',
  'a day with precisie: dag': 'start: 2022-08-19\nprecisie: dag',
  'a full date the source gives as a month': 'start: 2022-08-01\nprecisie: maand',
  'a full date the source gives as a year': 'start: 2022-01-01\nprecisie: jaar',
  'a month': 'start: 2020-08',
  'a year': 'start: 2021',
  'a quoted year': "start: '2021'",
  'no date': '',
};

/** The build's answer: the schema's output through the shared rule. */
const build = (text: string) => hasCalendarFile(eventSchema(image).parse(parseContentFile(text, 'text').data));
/** The checker's answer (checker/check.ts knownContent). */
const checker = (text: string) => hasCalendarFile(frontMatterDating(parseContentFile(text, 'text').data));
/** The rule the checker had before: a regex on the start line. */
const startLineRegex = (text: string) => /^start:\s*["']?\d{4}-\d{2}-\d{2}/m.test(text);

const disagreements = (rule: (text: string) => boolean) =>
  Object.entries(datings)
    .filter(([, dating]) => rule(file(dating)) !== build(file(dating)))
    .map(([name]) => name);

describe('which events have a calendar file', () => {
  it('the build gives one exactly to the events with a known day', () => {
    expect(Object.keys(datings).filter((name) => build(file(datings[name]!)))).toEqual([
      'a day',
      'a quoted day',
      'a day and a time',
      'a day with precisie: dag',
    ]);
  });

  it('the checker agrees with the build on every way of writing a date', () => {
    expect(disagreements(checker)).toEqual([]);
  });

  it('this comparison catches a rule of its own, such as the old regex on start:', () => {
    expect(disagreements(startLineRegex)).toEqual([
      'a full date the source gives as a month',
      'a full date the source gives as a year',
    ]);
  });
});
