/**
 * Lighthouse on one page of each type, as a phone reader gets them:
 *   npm run bench:lighthouse [-- --dist dist] [--runs 3] [--compare other-dist --compare-out other.json]
 * Lighthouse 13 (exact version in package.json), mobile preset with its default
 * (simulated) throttling, on our Node and our Chromium (scripts/lib/browser.ts),
 * against the preview server with the production headers. A fresh Chrome per run
 * (cold cache); the median run per page (Lighthouse's own computeMedianRun).
 * Writes docs/performance-lighthouse.json (with the commit) and the table in
 * docs/performance.md between the lighthouse markers. --compare measures a second
 * build (say, the one before a change) in the same session, run for run
 * alternating with the first, so both see the same load of this shared machine;
 * its rows go to --compare-out only. Each row notes the load average.
 * --bare also measures a bare Astro page (scripts/bench/bare-project.ts: one page
 * of text, no CSS, font or script) before and after our pages, in the same way:
 * what Lighthouse reports for it (TBT above all) is this machine, not our site.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, chromiumExecutable } from './lib/browser.ts';
import { servePreview } from '../src/server/preview-server.ts';
import { writeBarePage } from './bench/bare-project.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    compare: { type: 'string' },
    'compare-out': { type: 'string', default: 'docs/performance/lighthouse-compare.json' },
    /** Only these page types (comma-separated), to finish a run that stopped halfway. */
    pages: { type: 'string' },
    bare: { type: 'boolean', default: false },
  },
});
const dist = values.dist;
const runs = Number(values.runs);
for (const d of [dist, values.compare ?? dist])
  if (!existsSync(`${d}/index.html`)) throw new Error(`Geen build in ${d}: draai eerst npm run build.`);

/** One page of each type; LCP target by what the largest element is. */
export const lighthousePages = [
  { type: 'home', path: '/' },
  { type: 'verhaal', path: '/verhalen/fleur-eigen-bedrijf/' },
  { type: 'verhalenoverzicht', path: '/verhalen/' },
  { type: 'ambassadeur', path: '/ambassadeurs/fleur/' },
  { type: 'evenement', path: firstPath('agenda/') },
  { type: 'agenda', path: '/agenda/' },
  { type: 'tourverslag', path: firstPath('mbo-tour-030/') },
  { type: 'school', path: '/scholen/roc-midden-nederland/' },
  { type: 'merk', path: '/mbo030/' },
  { type: 'badgebouwer', path: '/mbo030/badge/' },
  { type: 'zoeken', path: '/zoeken/?q=zorg' },
];

/** The first detail page under a section, read from the sitemap, so renamed content does not break the bench. */
function firstPath(section: string): string {
  const sitemap = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
  const found = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)]
    .map((m) => m[1]!)
    .find((p) => p.startsWith(`/${section}`) && p.split('/').length === 4 && !/\/(archief|pagina)\//.test(p));
  if (!found) throw new Error(`Geen pagina onder /${section} in de sitemap`);
  return found;
}

type LhResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await servePreview(dist, { base: '/' });
const compareServer = values.compare ? await servePreview(values.compare, { base: '/' }) : undefined;
const chromePath = await chromiumExecutable();
interface Row {
  type: string;
  path: string;
  scores: Record<string, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  lcpElement: string;
  lcpIsImage: boolean;
  lost: string[];
  /** LCP of each run, in the order they ran. */
  lcpRunsMs: number[];
  /** The machine's load average (1, 5, 15 min) after the page's runs: this machine is shared. */
  load: number[];
}

/** Builds the bare Astro page into .bench/bare-page-out and returns that folder. */
function buildBarePage(): string {
  const dir = '.bench/bare-page';
  const out = resolve('.bench/bare-page-out');
  rmSync(dir, { recursive: true, force: true });
  writeBarePage(dir);
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', dir], {
    env: { ...process.env, OUT_DIR: out, CACHE_DIR: resolve('.bench/bare-page-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  return out;
}

/** One cold Lighthouse run in a fresh Chrome. */
async function runOnce(origin: string, path: string): Promise<LhResult> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    const result = await lighthouse(new URL(path.slice(1), origin).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
    });
    if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${path}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

function toRow(type: string, path: string, allRuns: LhResult[], label: string): Row {
  // A run in which the page never painted (a timeout on an overloaded machine) has no FCP and no median; it is left out and said.
  const lhrs = allRuns.filter((l) => l.audits['first-contentful-paint']?.numericValue !== undefined);
  if (lhrs.length < allRuns.length)
    console.log(`${label}${type}: ${allRuns.length - lhrs.length} van ${allRuns.length} runs zonder FCP weggelaten`);
  const lhr = computeMedianRun(lhrs) as LhResult;
  const score = (c: (typeof categories)[number]) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  // Lighthouse 13 names the LCP element in the LCP breakdown insight (the old audit is gone).
  const breakdown = lhr.audits['lcp-breakdown-insight']?.details as
    { items?: { type?: string; snippet?: string }[] } | undefined;
  const lcpElement = breakdown?.items?.find((item) => item.type === 'node');
  const lost = categories.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
  );
  const row: Row = {
    type,
    path,
    scores: Object.fromEntries(categories.map((c) => [c, score(c)])),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    lcpElement: lcpElement?.snippet?.slice(0, 80) ?? '',
    lcpIsImage: /^<img|<picture/.test(lcpElement?.snippet ?? ''),
    lost,
    lcpRunsMs: lhrs.map((l) => Math.round(l.audits['largest-contentful-paint']?.numericValue ?? NaN)),
    load: loadavg().map((l) => Number(l.toFixed(2))),
  };
  console.log(
    `${label}${type} ${path}: ${categories.map(score).join('/')} LCP ${row.lcpMs} ms (runs: ${row.lcpRunsMs.join(', ')}) TBT ${row.tbtMs} ms CLS ${row.cls} ${row.lcpIsImage ? '(beeld)' : '(tekst)'}, belasting ${row.load.join(' ')}${lost.length ? ` — punten kwijt: ${lost.join('; ')}` : ''}`,
  );
  return row;
}

const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
const lighthouseVersion = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
const date = new Date().toISOString();
/** Written after every page, so a run stopped halfway keeps what it measured. */
function saveJson() {
  writeFileSync(
    'docs/performance-lighthouse.json',
    `${JSON.stringify({ commit, dist, date, lighthouse: lighthouseVersion, runs, rows }, null, 2)}\n`,
  );
  if (values.compare)
    writeFileSync(
      values['compare-out'],
      `${JSON.stringify({ dist: values.compare, alternatedWith: commit, date, lighthouse: lighthouseVersion, runs, rows: compareRows }, null, 2)}\n`,
    );
}

const rows: Row[] = [];
const compareRows: Row[] = [];
const bareServer = values.bare ? await servePreview(buildBarePage(), { base: '/' }) : undefined;
/** The bare Astro page, `runs` times, as one row (before and after our pages). */
async function measureBare(when: string) {
  if (!bareServer) return;
  const lhrs: LhResult[] = [];
  for (let i = 0; i < runs; i++) lhrs.push(await runOnce(bareServer.url, '/'));
  rows.push(toRow(`kaal Astro, ${when}`, '/', lhrs, ''));
  saveJson();
}

await measureBare('vooraf');
const only = values.pages?.split(',');
for (const { type, path } of lighthousePages.filter((p) => !only || only.includes(p.type))) {
  const lhrs: LhResult[] = [];
  const compareLhrs: LhResult[] = [];
  for (let i = 0; i < runs; i++) {
    if (compareServer) compareLhrs.push(await runOnce(compareServer.url, path));
    lhrs.push(await runOnce(server.url, path));
  }
  if (compareServer) compareRows.push(toRow(type, path, compareLhrs, `[${values.compare}] `));
  rows.push(toRow(type, path, lhrs, ''));
  saveJson();
}
await measureBare('achteraf');
await server.close();
await compareServer?.close();
await bareServer?.close();

const target = (r: Row) => (r.lcpIsImage ? 1500 : 1000);
const table = [
  `Lighthouse ${lighthouseVersion}, mobiel (standaard gesimuleerde vertraging), mediaan van ${runs} koude runs per pagina, commit \`${commit.slice(0, 10)}\`, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| pagina | prestaties | toegankelijkheid | best practices | SEO | LCP | doel LCP | TBT | CLS |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.type} (\`${r.path}\`) | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.lcpMs} ms | ≤ ${target(r)} ms (${r.lcpIsImage ? 'beeld' : 'tekst'}) | ${r.tbtMs} ms | ${r.cls} |`,
  ),
  '',
  ...rows.filter((r) => r.lost.length).map((r) => `- ${r.type}: punten kwijt bij ${r.lost.join('; ')}`),
].join('\n');
const doc = readFileSync('docs/performance.md', 'utf8');
const start = '<!-- lighthouse:start -->';
const end = '<!-- lighthouse:end -->';
const next = doc.includes(start)
  ? doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`)
  : `${doc.trimEnd()}\n\n## Lighthouse per paginatype\n\n\`npm run bench:lighthouse\`. Doelen: 100 in alle vier de categorieën, TBT 0 ms, CLS 0, LCP ≤ 1,0 s als het grootste element tekst is en ≤ 1,5 s als het een beeld is.\n\n${start}\n${table}\n${end}\n`;
writeFileSync('docs/performance.md', next);
