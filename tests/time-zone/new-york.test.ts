/**
 * The site is the same whatever time zone the build machine is in. This file
 * runs in the `unit-new-york` project (TZ=America/New_York, vitest.config.ts),
 * beside the unit tests of every function that does date math (src/lib,
 * src/schemas, src/checker), which must give the same answers there as in the
 * developer's own zone. It shows that this would catch a zone-dependent bug,
 * and that no code outside those functions reads a date in local time.
 *
 * It replaces a second full build of the fixture under TZ=America/New_York
 * compared byte for byte with the UTC build: every date a page or feed shows
 * comes from the functions tested here (the guard below keeps it that way).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outputRoot, root } from '../helpers/astro-run';
import { parseLocalDate } from '../../src/lib/local-date';
import { formatDate } from '../../src/lib/dutch-dates';
import { amsterdamInstant } from '../../src/lib/amsterdam-time';

const ZONE = 'America/New_York';

describe('the time zone of this project', () => {
  it(`is ${ZONE}: UTC midnight is still the day before here`, () => {
    expect(process.env.TZ).toBe(ZONE);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(ZONE);
    expect(new Date(Date.UTC(2022, 7, 20)).getDate()).toBe(19);
    expect(new Date(Date.UTC(2022, 7, 20)).getTimezoneOffset()).toBe(240);
  });
});

/**
 * A copy of a date module with one zone-dependent slip, the kind that passes on
 * a machine in UTC: local getters or a local constructor instead of UTC ones.
 */
const mutants = [
  {
    file: 'src/lib/local-date.ts',
    slip: (s: string) => s.replaceAll('getUTC', 'get'),
    probe: (m: { parseLocalDate: typeof parseLocalDate }) => m.parseLocalDate(new Date(Date.UTC(2022, 7, 19))),
    real: () => parseLocalDate(new Date(Date.UTC(2022, 7, 19))),
  },
  {
    file: 'src/lib/dutch-dates.ts',
    slip: (s: string) => s.replace('.getUTCDay()', '.getDay()'),
    probe: (m: { formatDate: typeof formatDate }) =>
      m.formatDate({ date: '2022-08-20', granularity: 'dag' }, 'dag', { weekday: true }),
    real: () => formatDate({ date: '2022-08-20', granularity: 'dag' }, 'dag', { weekday: true }),
  },
  {
    file: 'src/lib/amsterdam-time.ts',
    slip: (s: string) =>
      s.replace('const wall = Date.UTC(y, m - 1, d, h, mi);', 'const wall = new Date(y, m - 1, d, h, mi).getTime();'),
    probe: (m: { amsterdamInstant: typeof amsterdamInstant }) =>
      m.amsterdamInstant('2022-08-20', '14:00').toISOString(),
    real: () => amsterdamInstant('2022-08-20', '14:00').toISOString(),
  },
] as const;

const mutantDir = join(outputRoot, 'tz-mutants');

async function loadMutant(file: string, slip: (s: string) => string): Promise<unknown> {
  const source = readFileSync(join(root, file), 'utf8');
  const slipped = slip(source);
  if (slipped === source) throw new Error(`the slip changes nothing in ${file}`);
  mkdirSync(mutantDir, { recursive: true });
  // Relative imports point at the real modules (only types are imported today).
  const target = join(mutantDir, `${file.replace(/\W/g, '-')}-${process.pid}.ts`);
  writeFileSync(
    target,
    slipped.replace(/from '\.\/([\w-]+)'/g, (_, name: string) => `from '${join(root, 'src/lib', name)}'`),
  );
  return import(/* @vite-ignore */ target);
}

describe('a zone-dependent slip in a date function is caught here, not in UTC', () => {
  afterEach(() => {
    process.env.TZ = ZONE;
  });

  it.each(mutants)('$file', async ({ file, slip, probe, real }) => {
    const expected = real();
    const mutant = (await loadMutant(file, slip)) as never;
    process.env.TZ = 'UTC';
    expect(real(), 'the real function in UTC').toEqual(expected);
    expect(probe(mutant), 'the slip goes unseen in UTC').toEqual(expected);
    process.env.TZ = ZONE;
    expect(real(), `the real function in ${ZONE}`).toEqual(expected);
    expect(probe(mutant), `the slip shows in ${ZONE}`).not.toEqual(expected);
  });
});

/** Date APIs that read or write a date in the machine's zone. */
const LOCAL_TIME = [
  /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)\(/,
  /\.getTimezoneOffset\(/,
  /\.to(Locale(Date|Time)?String|DateString|TimeString)\(/,
  // Any Date made from something other than nothing, a number from Date.UTC or a literal with its zone.
  /\bnew Date\((?!\)|Date\.UTC\(|'\d{4}-\d\d-\d\dT[\d:.]+Z'\))/,
  /\bDate\.parse\(/,
  /\bnew Intl\.DateTimeFormat\((?![^)]*timeZone)/,
];

/** Each exception, with why its zone cannot change the site. */
const ALLOWED: Record<string, string> = {
  'src/lib/now.ts: new Date(fixed)': 'MBO030_NOW is an instant with its zone (the tests give Z)',
  'src/lib/amsterdam-time.ts: new Date(wall - ': 'a number of milliseconds: an instant, no zone involved',
  'src/browser/agenda-sorter.ts: Date.parse(':
    'runs in the reader’s browser on an ISO instant with Z (eventEndInstant().toISOString())',
};

/** `file: code` for every use of a local-time API in the given sources. */
function localTimeUses(files: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    for (const pattern of LOCAL_TIME) {
      for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) {
        const use = `${file}: ${text.slice(m.index, m.index + 40).split('\n')[0]}`;
        if (!Object.keys(ALLOWED).some((a) => use.startsWith(a))) found.push(use);
      }
    }
  }
  return found;
}

function sources(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.(ts|astro|mjs)$/.test(d.name) && !d.name.endsWith('.test.ts'))
      .map((d) => {
        const path = join(d.parentPath, d.name);
        return [relative(root, path), readFileSync(path, 'utf8')];
      }),
  );
}

describe('no code reads a date in local time', () => {
  it('in src/ (pages, layouts, components, data, lib, schemas) only the listed exceptions', () => {
    expect(localTimeUses(sources(join(root, 'src')))).toEqual([]);
  });

  it('the guard sees the slips above and their like', () => {
    const slips = {
      'a.astro': 'const day = entry.data.datum.getDate();',
      'b.ts': "const s = d.toLocaleDateString('nl-NL');",
      'c.ts': 'const start = new Date(`${date}T${time}`);',
      'd.ts': "const f = new Intl.DateTimeFormat('nl-NL', { month: 'long' });",
      'e.ts': 'const wall = new Date(y, m - 1, d, h, mi).getTime();',
    };
    expect(localTimeUses(slips).map((u) => u.split(':')[0])).toEqual(['a.astro', 'b.ts', 'c.ts', 'd.ts', 'e.ts']);
    expect(
      localTimeUses({
        'ok.ts':
          "new Date(Date.UTC(y, 0, 1)); new Date(); new Date('2020-01-01T00:00:00Z'); new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam' })",
      }),
    ).toEqual([]);
  });
});
