/**
 * `npm run nieuw` for every content type: the written file is named from the
 * title and has today's date; its example texts are errors until replaced, and
 * then it passes the content checker and builds; an id that exists is refused. The same
 * checker run and build take a story typed by hand with every character (typed-characters.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_NOW, root, runAstro } from '../helpers/astro-run';
import { prepareCase, removeCase } from './prepare';
import { collectionNames, contentTypes, placeholders } from '../../src/content-types';
import { storyWithEveryCharacter, typedLines } from './typed-characters';

const dir = prepareCase(undefined);
const content = join(dir, 'content');
afterAll(() => removeCase(dir));

const nieuw = (args: string[]) =>
  spawnSync(
    process.execPath,
    ['--import', `${root}scripts/ts-hooks.mjs`, `${root}scripts/new-entry.ts`, ...args, '--map', content],
    {
      env: { PATH: process.env.PATH, MBO030_NOW: FIXTURE_NOW },
      encoding: 'utf8',
    },
  );

const scaffolds = [
  {
    type: 'verhaal',
    args: [
      '--titel',
      'Één nieuw verhaal: over bouw',
      '--school',
      'alfa-college',
      '--sector',
      'bouw en techniek',
      '--afbeelding',
      'hero.png',
    ],
    file: 'verhalen/een-nieuw-verhaal-over-bouw.md',
  },
  {
    type: 'evenement',
    args: [
      '--titel',
      'Open dag',
      '--start',
      '2022-12-05',
      '--categorie',
      'onderwijs',
      '--school',
      'beta-school',
      '--mdx',
    ],
    file: 'agenda/open-dag.mdx',
  },
  {
    type: 'tour',
    args: ['--titel', 'Bezoek aan Beta', '--school', 'beta-school', '--datum', '2022-06', '--locatie', 'Hoofdgebouw'],
    file: 'tour/bezoek-aan-beta.md',
  },
  {
    type: 'ambassadeur',
    args: [
      '--naam',
      'Zoë',
      '--school',
      'beta-school',
      '--schooljaar',
      '2021-2022',
      '--portret',
      'portret.png',
      '--vastgelegd',
      'map 2022',
      '--onder16',
      'ja',
    ],
    file: 'ambassadeurs/zoe.md',
  },
  {
    type: 'gespot',
    args: ['--titel', 'Op de bus', '--waar', 'Lijn 12', '--afbeelding', 'hero.png'],
    file: 'gespot/op-de-bus.md',
  },
];

describe('npm run nieuw', () => {
  it('has a case above for every content type with a nieuw command', () => {
    const commands = collectionNames.flatMap((n) => contentTypes[n].newEntry?.command ?? []);
    expect(scaffolds.map((s) => s.type).sort()).toEqual(commands.sort());
  });

  it.each(scaffolds)('writes a $type file named from its title, with today’s date', ({ type, args, file }) => {
    const r = nieuw([type, ...args]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(join(content, file))).toBe(true);
    const text = readFileSync(join(content, file), 'utf8');
    if (type === 'verhaal') expect(text).toContain('datum: 2022-06-15');
    if (type === 'ambassadeur') expect(text).toMatch(/door: ouder\n {2}onder16: true/);
  });

  it('refuses an id that exists, whatever its extension', () => {
    const r = nieuw([
      'verhaal',
      '--titel',
      'Anna verhaal',
      '--school',
      'alfa-college',
      '--sector',
      'ict',
      '--afbeelding',
      'hero.png',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Er is al een bestand met de id 'anna-verhaal': ");
  });

  it('checks school, sector, ambassador and image against what exists, and names the choices', () => {
    const r = nieuw([
      'verhaal',
      '--titel',
      'Bij een andere school',
      '--school',
      'gamma-college',
      '--sector',
      'ict',
      '--afbeelding',
      'hero.png',
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'gamma-college' kan niet bij school. Kies uit: alfa-college, beta-school.");
    const sector = nieuw([
      'verhaal',
      '--titel',
      'Andere sector',
      '--school',
      'alfa-college',
      '--sector',
      'lassen',
      '--afbeelding',
      'hero.png',
    ]);
    expect(sector.stderr).toContain("'lassen' kan niet bij sector. Kies uit: zorg en welzijn, ict,");
  });

  it('says which facts are missing when it cannot ask', () => {
    const r = nieuw(['tour', '--titel', 'Zonder school']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Nog nodig: --school');
  });

  const check = () =>
    spawnSync(
      process.execPath,
      ['--import', `${root}scripts/ts-hooks.mjs`, `${root}scripts/check-content.ts`, content],
      { env: { PATH: process.env.PATH, MBO030_NOW: FIXTURE_NOW }, encoding: 'utf8' },
    );
  const errors = (out: string) => out.split('\n').filter((l) => l.includes(': veld ') && !l.includes('waarschuwing'));

  it('the written files are errors while they hold example text, each one named', () => {
    const r = check();
    expect(r.status).toBe(1);
    const found = errors(r.stdout);
    for (const { file } of scaffolds)
      expect(
        found.some((l) => l.includes(`${file}:`) && l.includes('voorbeeldtekst van npm run nieuw')),
        file,
      ).toBe(true);
    expect(found.filter((l) => !/voorbeeldtekst van npm run nieuw|tussenkop komt uit het voorbeeld/.test(l))).toEqual(
      [],
    );
  });

  it('a story typed by hand with every character the body rules accept joins them (the rules refuse {…})', () => {
    const { accepted, refused } = typedLines();
    expect(accepted.length).toBeGreaterThan(400);
    expect(refused).toEqual(expect.arrayContaining(['a{b', '{{{', 'a<b', 'a {naam} b', '{1 + 1}']));
    writeFileSync(join(content, 'verhalen/elk-teken.mdx'), storyWithEveryCharacter(accepted));
  });

  it('and pass the content checker once the example texts are replaced', () => {
    for (const { file } of scaffolds) {
      let text = readFileSync(join(content, file), 'utf8');
      for (const [key, example] of Object.entries(placeholders)) {
        const own =
          key === 'bodyHeading'
            ? '## Wat er gebeurde'
            : key.endsWith('Alt')
              ? 'Abstracte tekening in rood en geel'
              : `Eigen tekst van de redactie voor ${key}.`;
        text = text.split(example).join(own);
      }
      writeFileSync(join(content, file), text);
    }
    const r = check();
    expect(errors(r.stdout)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('and they build', async () => {
    const out = join(dir, 'dist');
    const { code, output } = await runAstro('build', {
      CONTENT_DIR: content,
      OUT_DIR: out,
      CACHE_DIR: join(dir, 'cache'),
      MBO030_NOW: FIXTURE_NOW,
    });
    expect(code, output.slice(-3000)).toBe(0);
    for (const page of [
      'verhalen/een-nieuw-verhaal-over-bouw',
      'agenda/open-dag',
      'mbo-tour-030/bezoek-aan-beta',
      'ambassadeurs/zoe',
      'verhalen/elk-teken',
    ])
      expect(existsSync(join(out, page, 'index.html')), page).toBe(true);
    const typed = readFileSync(join(out, 'verhalen/elk-teken/index.html'), 'utf8');
    for (const shown of ['Begin van de tekens.', 'a€b', 'a&amp;b', 'محمد', 'Einde van de tekens.'])
      expect(typed).toContain(shown);
  });
});
