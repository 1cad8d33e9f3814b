/**
 * Every kind of broken file an editor could commit stops the build, with a
 * message that names the file, the field and, in Dutch, what to do. Each case
 * copies the fixture content, breaks one file, and runs Astro's content sync
 * (the same schema validation as the build, without rendering pages).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureContent, runAstro } from '../helpers/astro-run';

interface Case {
  /** What the editor did wrong. */
  name: string;
  /** File (relative to the content folder) that is broken. */
  file: string;
  /** Turns the fixture file's text into the broken one. */
  edit: (text: string) => string;
  /** Field named in the message. */
  field: string;
  /** Part of the Dutch explanation. */
  says: string;
}

const story = 'verhalen/anna-verhaal.mdx';
const person = 'ambassadeurs/anna.mdx';
const event = 'agenda/toekomst-reeks.mdx';
const replace = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test case does not change the file: ${from}`);
  return next;
};

const cases: Case[] = [
  { name: 'missing title', file: story, edit: replace(/^titel: .*\n/m, ''), field: 'titel', says: 'Dit veld ontbreekt: vul een titel in' },
  { name: 'empty title', file: story, edit: replace(/^titel: .*$/m, 'titel: ""'), field: 'titel', says: 'Dit veld is leeg' },
  { name: 'unknown school', file: story, edit: replace('scholen: [alfa-college]', 'scholen: [gamma-college]'), field: 'scholen.0', says: "'gamma-college' bestaat niet in content/scholen/. Kies een van: alfa-college, beta-school" },
  { name: 'unknown ambassador', file: story, edit: replace('ambassadeurs: [anna]', 'ambassadeurs: [zoe]'), field: 'ambassadeurs.0', says: "'zoe' bestaat niet in content/ambassadeurs/" },
  { name: 'date in the wrong order', file: story, edit: replace('datum: 2022-05-01', 'datum: 01-05-2022'), field: 'datum', says: 'Schrijf de datum als JJJJ-MM-DD' },
  { name: 'a day that does not exist', file: event, edit: replace('start: 2022-09-30', 'start: 2022-02-30'), field: 'start', says: '2022-02-30 bestaat niet: die maand heeft 28 dagen' },
  { name: 'a month that does not exist', file: story, edit: replace('datum: 2022-05-01', 'datum: 2022-13-01'), field: 'datum', says: 'Maand 13 bestaat niet' },
  { name: 'end before start', file: event, edit: replace('eind: 2022-10-02', 'eind: 2022-09-01'), field: 'eind', says: 'De einddatum ligt vóór de startdatum' },
  { name: 'missing alt text', file: story, edit: replace(/^ {2}alt: .*\n/m, ''), field: 'afbeelding.alt', says: 'vul de alt-tekst (wat er op de hoofdafbeelding te zien is) in' },
  { name: 'image file that does not exist', file: story, edit: replace('../afbeeldingen/hero.png', '../afbeeldingen/Hero.png'), field: 'src', says: 'Het bestand ../afbeeldingen/Hero.png bestaat niet' },
  { name: 'placeholder alt text', file: story, edit: replace(/^ {2}alt: .*$/m, '  alt: foto'), field: 'afbeelding.alt', says: 'Beschrijf wat er op het beeld te zien is' },
  { name: 'summary too long', file: story, edit: replace(/^samenvatting: .*$/m, `samenvatting: ${'Heel lang. '.repeat(20)}`), field: 'samenvatting', says: 'Te lang: maximaal 160 tekens' },
  { name: 'unknown sector', file: story, edit: replace('sector: ict', 'sector: sport'), field: 'sector', says: 'Kies een sector: zorg en welzijn' },
  { name: 'missing consent', file: person, edit: replace(/^toestemming:\n(?: {2}.*\n)+/m, ''), field: 'toestemming', says: 'zonder vastgelegde toestemming publiceren we niets' },
  { name: 'under 16 without a parent', file: person, edit: replace('onder16: false', 'onder16: true'), field: 'toestemming.door', says: 'een ouder of voogd moet toestemming geven' },
  { name: 'unknown event status', file: event, edit: replace('categorie: onderwijs', 'categorie: onderwijs\nstatus: uitgesteld'), field: 'status', says: 'Kies status: gepland, geannuleerd of verplaatst' },
  { name: 'precision claims a day the source does not give', file: 'tour/bezoek-alfa.mdx', edit: replace('datum: 2022-03-10', 'datum: 2022-03\nprecisie: dag'), field: 'precisie', says: "Precisie 'dag' vraagt een preciezere datum" },
  { name: 'school website without https', file: 'scholen/beta-school.yaml', edit: replace('https://beta.example.nl', 'http://beta.example.nl'), field: 'website', says: 'beginnend met https://' },
];

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

describe('a broken content file fails with the file, the field and a Dutch fix', () => {
  it.each(cases)('$name ($file)', async ({ file, edit, field, says }) => {
    const dir = mkdtempSync(join(tmpdir(), 'mbo030-broken-'));
    temps.push(dir);
    const content = join(dir, 'content');
    cpSync(fixtureContent, content, { recursive: true });
    writeFileSync(join(content, file), edit(readFileSync(join(content, file), 'utf8')));

    const { code, output } = await runAstro('sync', { CONTENT_DIR: content, CACHE_DIR: join(dir, 'cache') });

    expect(code, output).not.toBe(0);
    expect(output).toContain(join(content, file));
    // Astro prints "field: message"; our own pre-check prints "veld 'field': message".
    expect(output.includes(`${field}: `) || output.includes(`veld '${field}': `), `field ${field} not named`).toBe(true);
    expect(output).toContain(says);
  });
});
