import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { idFromTitle } from '../lib/vocabulary';
import { cmsSlug, cmsYaml } from './cms-format';

const realTitles = ['verhalen', 'agenda', 'tour', 'gespot', 'paginas'].flatMap((c) =>
  readdirSync(new URL(`../../content/${c}/`, import.meta.url)).map(
    (f) =>
      (
        parse(readFileSync(new URL(`../../content/${c}/${f}`, import.meta.url), 'utf8').split('---')[1]!) as {
          titel: string;
        }
      ).titel,
  ),
);

describe('the CMS’s file names follow our id rule', () => {
  it.each([
    ...realTitles,
    'Één nieuw verhaal: over bouw',
    'Sabria’s droom: verloskundige!',
    'Dag van de Bouw — 2022',
    'Zoë en Ruud (niveau 4) bij TEC Utrecht',
    'Café & co.',
  ])('%s', (title) => {
    expect(cmsSlug(title)).toBe(idFromTitle(title));
  });
  it('the comparison catches where the rules part (an underscore stays in the CMS)', () => {
    expect(cmsSlug('Les_1')).not.toBe(idFromTitle('Les_1'));
  });
});

describe('the CMS’s YAML', () => {
  it('writes plain strings, single quotes where needed, dates unquoted, indented lists', () => {
    expect(
      cmsYaml({ titel: 'Sanne: lassen is top', datum: '2022-05-02', jaar: '2021', scholen: ['nimeto'], ja: true }),
    ).toBe("titel: 'Sanne: lassen is top'\ndatum: 2022-05-02\njaar: '2021'\nscholen:\n  - nimeto\nja: true");
  });
});
