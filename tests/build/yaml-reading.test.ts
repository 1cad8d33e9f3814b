/**
 * One reading: every value the content check judges is the value the build sees.
 * The values where YAML 1.1 and 1.2 differ go through the checker's reader and
 * through Astro's own loader (`astro sync` of a project without schemas, read
 * back from its data store), in a Markdown file and in a YAML data file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'devalue';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/checker/front-matter';
import { outputRoot, root } from '../helpers/astro-run';

const values = `ja: yes
nee: no
aan: on
uit: off
Hoofdletter: Yes
waar: True
octaal: 0o17
oud_octaal: 017
zestigtallig: 1:30
hex: 0x1F
float: 1e3
datum: 2022-05-01
tijdstip: 2022-05-01T14:00:00
leeg:
tilde: ~
null_woord: null
tekst_met_dubbele_punt: "a: b"
lijst: [a, 2, yes]
`;
const dir = join(outputRoot, 'yaml-reading');
const files = { md: `---\n${values}---\n\nTekst.\n`, yaml: values };
let store: Map<string, Map<string, { data: unknown }>>;

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'inhoud'), { recursive: true });
  writeFileSync(join(dir, 'inhoud/proef.md'), files.md);
  writeFileSync(join(dir, 'inhoud/proef.yaml'), files.yaml);
  writeFileSync(join(dir, 'astro.config.mjs'), `export default { cacheDir: './cache' };\n`);
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = {\n  tekst: defineCollection({ loader: glob({ base: './inhoud', pattern: '*.md' }) }),\n  data: defineCollection({ loader: glob({ base: './inhoud', pattern: '*.yaml' }) }),\n};\n`,
  );
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', dir], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  store = parse(readFileSync(join(dir, 'cache/data-store.json'), 'utf8'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the checker reads every value as the build does', () => {
  it.each([
    ['tekst', 'md', 'text'],
    ['data', 'yaml', 'data'],
  ] as const)('%s collection (.%s)', (collection, ext, kind) => {
    const built = store.get(collection)!.get('proef')!.data as Record<string, unknown>;
    const checked = parseContentFile(files[ext], kind).data as Record<string, unknown>;
    expect(checked).toEqual(built);
    // The values where YAML 1.1 would read otherwise: yes/on stay text, 0o17 is a number, 1:30 is text.
    expect(checked).toMatchObject({ ja: 'yes', aan: 'on', octaal: 15, zestigtallig: '1:30', leeg: null, tilde: null });
    // The test tells the readings apart: the YAML 1.1 reading the checker used before differs from the build's.
    expect(parseDocument(values, { schema: 'yaml-1.1' }).toJS()).not.toEqual(built);
  });
});
