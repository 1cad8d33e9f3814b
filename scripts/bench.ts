/**
 * npm run bench [-- --n 100,500,2000] [--ext mdx|md] [--repeat 3] [--no-baseline] [--label schaal]
 * For each N: a synthetic corpus (scripts/generate-corpus.ts), then our build
 * cold (empty caches; the median of --repeat runs), warm (image and content caches kept) and after one story
 * changed (what every pull request costs), and the same corpus built by a bare
 * Astro project as the baseline (cold, median of --repeat runs). Writes .bench/results-<ext>.json and the tables in
 * docs/performance.md (via scripts/bench-report.ts). With --label, a run apart from those tables (say, the one
 * run at N = 10,000): its results go to docs/performance-<ext>-<label>.json only.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { writeBareProject } = await import('./bench/bare-project.ts');
const { countPages, folderSize, run } = await import('./bench/measure.ts');
const { corpusArgs } = await import('./bench/corpus.ts');

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100,500,2000' },
    ext: { type: 'string', default: 'mdx' },
    seed: { type: 'string', default: '1' },
    repeat: { type: 'string', default: '3' },
    'no-baseline': { type: 'boolean', default: false },
    label: { type: 'string', default: '' },
  },
});
const root = resolve(import.meta.dirname, '..');
const bench = join(root, '.bench');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const sizes = values.n.split(',').map(Number);
const ext = values.ext === 'md' ? 'md' : 'mdx';
const now = '2026-11-28T12:00:00Z';
const log = (s: string) => console.log(`[bench] ${s}`);

const repeat = Math.max(1, Number(values.repeat));

/**
 * The run with the median time of `runs` cold builds (each starts from empty folders), plus every
 * run's seconds and memory peak: the memory limit holds for each run, not only the median one.
 */
async function median(
  runs: number,
  once: () => Promise<BuildStats>,
): Promise<BuildStats & { runs: number[]; peaksMb: number[] }> {
  const all: BuildStats[] = [];
  for (let i = 0; i < runs; i++) all.push(await once());
  const sorted = [...all].sort((a, b) => a.seconds - b.seconds);
  return {
    ...sorted[Math.floor((sorted.length - 1) / 2)]!,
    runs: all.map((r) => r.seconds),
    peaksMb: all.map((r) => r.peakRssMb),
  };
}

interface BuildStats {
  seconds: number;
  peakRssMb: number;
  pages: number;
  distMb: number;
  files: number;
  pagefindMb: number;
  /** Share cards: drawn in this build, the seconds that took, and read from the cache (the build's own log line). */
  cards?: { drawn: number; seconds: number; cached: number };
}

function stats(r: { seconds: number; peakRssMb: number; code: number; output: string }, out: string): BuildStats {
  if (r.code !== 0) throw new Error(`build mislukt (${out}):\n${r.output.slice(-3000)}`);
  const dist = folderSize(out);
  return {
    seconds: Math.round(r.seconds * 10) / 10,
    peakRssMb: r.peakRssMb,
    pages: countPages(out),
    distMb: Math.round(dist.bytes / 1e5) / 10,
    files: dist.files,
    pagefindMb: Math.round(folderSize(join(out, 'pagefind')).bytes / 1e5) / 10,
    ...cardStats(r.output),
  };
}

function cardStats(output: string): Pick<BuildStats, 'cards'> {
  const m = /deelkaarten: (\d+) getekend in ([\d.]+) s, (\d+) uit de cache/.exec(output);
  return m ? { cards: { drawn: Number(m[1]), seconds: Number(m[2]), cached: Number(m[3]) } } : {};
}

/** Gzipped bytes of a page's HTML and of its CSS (what a reader downloads first). */
function pageBytes(out: string, path: string): { html: number; css: number } | undefined {
  const file = join(out, path, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].reduce(
    (n, m) => n + gzipSync(readFileSync(join(out, m[1]!))).length,
    0,
  );
  return { html: gzipSync(html).length, css };
}

const pageTypes = {
  home: '',
  verhaal: 'verhalen/verhaal-00001',
  'verhalen-overzicht': 'verhalen',
  evenement: 'agenda/evenement-00001',
  agenda: 'agenda',
  ambassadeur: 'ambassadeurs/ambassadeur-00001',
  tourverslag: 'mbo-tour-030/bezoek-00001',
};

const results: Record<string, unknown>[] = [];
const imageFiles = (dir: string) =>
  readdirSync(join(dir, '_astro')).filter((f) => /\.(webp|jpe?g|png|avif)$/.test(f)).length;
for (const n of sizes) {
  const corpus = join(bench, `corpus-${ext}-${n}`);
  if (!existsSync(join(corpus, 'verhalen'))) {
    log(`corpus N=${n} (${ext}) maken`);
    const g = await run(process.execPath, corpusArgs(root, { n, out: corpus, seed: values.seed, ext }), {
      cwd: root,
      env: {},
    });
    if (g.code !== 0) throw new Error(g.output);
  }
  const out = join(bench, `out-${ext}-${n}`);
  const cache = join(bench, `cache-${ext}-${n}`);
  const env = {
    CONTENT_DIR: corpus,
    OUT_DIR: out,
    CACHE_DIR: cache,
    MBO030_NOW: now,
    SITE_URL: 'https://mbo030.example.nl',
    BASE_PATH: '/',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // What `npm run build` runs: the launcher that sets the build's memory setting. The bare build is plain Astro.
  const build = () => run(process.execPath, [join(root, 'scripts/astro-build.mjs')], { cwd: root, env });

  const cold = await median(repeat, async () => {
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    log(`N=${n}: koude build`);
    return stats(await build(), out);
  });
  const derivatives = imageFiles(out);
  const bytes = Object.fromEntries(Object.entries(pageTypes).map(([k, p]) => [k, pageBytes(out, p)]));
  log(`N=${n}: warme build`);
  const warm = stats(await build(), out);
  log(`N=${n}: build na één gewijzigd verhaal`);
  const story = join(corpus, 'verhalen', `verhaal-00001.${ext}`);
  const original = readFileSync(story, 'utf8');
  appendFileSync(story, '\nEen zin die de redactie net heeft toegevoegd.\n');
  let edit: BuildStats;
  try {
    edit = stats(await build(), out);
    if (!readFileSync(join(out, 'verhalen/verhaal-00001/index.html'), 'utf8').includes('net heeft toegevoegd'))
      throw new Error('de wijziging staat niet in de gebouwde pagina');
  } finally {
    writeFileSync(story, original);
  }

  let baseline: BuildStats | undefined;
  if (!values['no-baseline']) {
    const bare = join(bench, `bare-${n}`);
    const bareOut = join(bench, `bare-out-${n}`);
    const bareCache = join(bench, `bare-cache-${n}`);
    rmSync(bare, { recursive: true, force: true });
    writeBareProject(bare, corpus);
    baseline = await median(repeat, async () => {
      rmSync(bareOut, { recursive: true, force: true });
      rmSync(bareCache, { recursive: true, force: true });
      log(`N=${n}: kale Astro-build (basislijn)`);
      return stats(
        await run(process.execPath, [astro, 'build', '--root', bare], {
          cwd: root,
          env: { OUT_DIR: bareOut, CACHE_DIR: bareCache, ASTRO_TELEMETRY_DISABLED: '1' },
        }),
        bareOut,
      );
    });
  }
  const images = folderSize(join(corpus, 'afbeeldingen')).files;
  results.push({
    n,
    ext,
    images,
    derivatives,
    bareDerivatives: baseline ? imageFiles(join(bench, `bare-out-${n}`)) : undefined,
    cold,
    warm,
    edit,
    baseline,
    bytes,
  });
  log(JSON.stringify(results.at(-1)));
}

mkdirSync(bench, { recursive: true });
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
};
const name = values.label ? `${ext}-${values.label}` : ext;
writeFileSync(join(bench, `results-${name}.json`), `${JSON.stringify({ machine, results }, null, 2)}\n`);
cpSync(join(bench, `results-${name}.json`), join(root, 'docs', `performance-${name}.json`));
if (!values.label) {
  const report = await run(process.execPath, [join(root, 'scripts/bench-report.ts')], { cwd: root, env: {} });
  if (report.code !== 0) throw new Error(report.output);
}
log(`resultaten in docs/performance-${name}.json${values.label ? '' : ' en de tabellen in docs/performance.md'}`);
