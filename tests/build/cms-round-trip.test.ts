/**
 * What the CMS commits is what the checker and the build accept. For every
 * collection an entry is written in the CMS's own format (src/admin/cms-format:
 * field order, quoting, dates, lists, body) with every field filled in; the
 * content check passes it and Astro's content layer (astro sync: the build's
 * schemas, references and images) loads it. And no field is lost on a save:
 * every field of every real content file and of every `npm run nieuw` entry is
 * a field of the generated form.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../src/admin/cms-config';
import { cmsFile } from '../../src/admin/cms-format';
import { cmsSettings } from '../../src/admin/settings';
import { checkContent } from '../../src/checker/check';
import { newEntryFile, newEntryTypes } from '../../src/content-types/new-entry';
import { FIXTURE_NOW, root, runAstro } from '../helpers/astro-run';
import { sampleForm } from '../helpers/cms-sample';
import { prepareCase, removeCase } from '../content-errors/prepare';

const config = cmsConfig(cmsSettings({}));
const dir = prepareCase(undefined);
const content = join(dir, 'content');
afterAll(() => removeCase(dir));

/** Values a careful editor picks where one field depends on another (the form cannot express those rules). */
const choices: Record<string, Record<string, unknown>> = {
  agenda: {
    start: '2022-09-10T14:00',
    eind: '2022-09-10T16:00',
    heleDag: false,
    precisie: 'dag',
    uitkomst: { soort: 'gehouden', tekst: 'Volgens het verslag ging het door.', bron: 'Verslag van de school, blz. 2' },
  },
  tour: { datum: '2021-03', precisie: 'maand' },
  // Under 16, so a parent signed: the rule the form explains in its hint and the check enforces.
  ambassadeurs: {
    toestemming: {
      basis: 'formulier',
      gegeven: '2022-05-02',
      door: 'ouder',
      onder16: true,
      vastgelegd: 'Zaak 2022-0142',
      tot: '2023-05-01',
    },
  },
};

const written: Record<string, string> = {};

describe('an entry saved by the CMS', () => {
  it('is written in the CMS format for every collection', async () => {
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#c8102e' } })
      .webp()
      .toFile(join(content, 'afbeeldingen', 'cms-upload.webp'));
    const ctx = { ids: { scholen: 'alfa-college', ambassadeurs: 'anna' }, image: 'cms-upload.webp' };
    for (const c of config.collections) {
      const values = sampleForm(c.fields, ctx, choices[c.name] ?? {});
      const file = `${c.folder.replace(/^content\//, '')}/cms-opgeslagen.${c.extension}`;
      written[file] = cmsFile(c.fields, values, c.format);
      writeFileSync(join(content, file), written[file]);
    }
    expect(written['verhalen/cms-opgeslagen.md']).toMatch(
      /^---\ntitel: Titel ingevuld in het formulier, met een é en een ‘aanhalingsteken’\.\n/,
    );
    expect(written['verhalen/cms-opgeslagen.md']).toContain('\nscholen:\n  - alfa-college\n');
    expect(written['ambassadeurs/cms-opgeslagen.md']).toContain(
      '\ntoestemming:\n  basis: formulier\n  gegeven: 2022-05-02\n  door: ouder\n  onder16: true\n',
    );
  });

  it('passes the content check', async () => {
    const findings = await checkContent({ dir: content, cwd: dir, now: new Date(FIXTURE_NOW) });
    const mine = findings.filter((f) => f.file.includes('cms-opgeslagen') || f.field.includes('cms-opgeslagen'));
    expect(
      mine.map((f) => `${f.file}:${f.line} ${f.field}: ${f.message}`),
      Object.values(written).join('\n\n'),
    ).toEqual([]);
  });

  it('is loaded by the build’s content layer (astro sync)', async () => {
    const { code, output } = await runAstro('sync', {
      CONTENT_DIR: content,
      CACHE_DIR: join(dir, 'cache'),
      MBO030_NOW: FIXTURE_NOW,
    });
    expect(code, output).toBe(0);
  }, 60_000);
});

/** Every key path in a parsed front matter: `afbeelding.alt`, `toestemming.basis`, `locaties.naam`. */
function keyPaths(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => keyPaths(v, at));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => [`${at}${k}`, ...keyPaths(v, `${at}${k}.`)]);
  return [];
}

/** Every key path the form can write for a collection. */
function formPaths(fields: CmsField[], at = ''): string[] {
  return fields.flatMap((f) => {
    const sub =
      (f.fields as CmsField[] | undefined) ??
      (f.types as { fields: CmsField[] }[] | undefined)?.flatMap((t) => t.fields);
    return [
      `${at}${f.name}`,
      ...(f.types ? [`${at}${f.name}.${String(f.typeKey)}`] : []),
      ...(sub ? formPaths(sub, `${at}${f.name}.`) : []),
    ];
  });
}

const frontMatterOf = (text: string, yamlFile: boolean) =>
  parse(yamlFile ? text : (text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '')) as Record<string, unknown>;

describe('no field is lost when an editor saves', () => {
  it.each(config.collections.map((c) => c.name))('every field of every real %s file is a field of the form', (name) => {
    const c = config.collections.find((x) => x.name === name)!;
    const known = new Set(formPaths(c.fields));
    const folder = join(root, 'content', name);
    const unknown = readdirSync(folder)
      .filter((f) => !f.startsWith('_'))
      .flatMap((f) =>
        keyPaths(frontMatterOf(readFileSync(join(folder, f), 'utf8'), name === 'scholen'))
          .filter((p) => !known.has(p))
          .map((p) => `${f}: ${p}`),
      );
    expect(unknown).toEqual([]);
  });

  it('every field of an `npm run nieuw` entry is a field of the form', () => {
    const facts = {
      titel: 'Nieuw',
      naam: 'Zoë',
      school: 'alfa-college',
      sector: 'bouw en techniek',
      afbeelding: 'hero.png',
      portret: 'portret.png',
      start: '2022-12-05',
      categorie: 'onderwijs',
      datum: '2022-06',
      locatie: 'Hoofdgebouw',
      schooljaar: '2021-2022',
      vastgelegd: 'map 2022',
      waar: 'Lijn 12',
      onder16: 'ja',
    };
    for (const type of Object.keys(newEntryTypes)) {
      const made = newEntryFile({ type, facts, today: '2022-06-15' });
      const c = config.collections.find((x) => x.name === made.folder)!;
      const known = new Set(formPaths(c.fields));
      expect(
        keyPaths(frontMatterOf(made.text, false)).filter((p) => !known.has(p)),
        type,
      ).toEqual([]);
    }
  });

  it('the check catches a field the form does not know', () => {
    const c = config.collections.find((x) => x.name === 'verhalen')!;
    const known = new Set(formPaths(c.fields));
    expect(keyPaths({ titel: 'x', afbeelding: { src: 'a', bijschrift: 'b' } }).filter((p) => !known.has(p))).toEqual([
      'afbeelding.bijschrift',
    ]);
  });
});
