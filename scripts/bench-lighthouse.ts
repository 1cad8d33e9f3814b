/**
 * Lighthouse on one page of each type, as a phone reader gets them:
 *   npm run bench:lighthouse [-- --dist dist] [--runs 3] [--out before.json]
 * Lighthouse 13 (exact version in package.json), mobile preset with its default
 * (simulated) throttling, on our Node and our Chromium (scripts/lib/browser.ts),
 * against the preview server with the production headers. A fresh Chrome per run
 * (cold cache); the median run per page (Lighthouse's own computeMedianRun).
 * Writes docs/performance-lighthouse.json (with the commit) and the table in
 * docs/performance.md between the lighthouse markers; with --out, only that JSON
 * file (to measure another build, such as the one before a change, in the same
 * session). Each row notes the machine's load average when its page was done.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, chromiumExecutable } from './lib/browser.ts';
import { servePreview } from '../src/server/preview-server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' }, out: { type: 'string' } } });
const dist = values.dist;
const runs = Number(values.runs);
if (!existsSync(`${dist}/index.html`)) throw new Error(`Geen build in ${dist}: draai eerst npm run build.`);

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
  const found = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!).find((p) => p.startsWith(`/${section}`) && p.split('/').length === 4 && !/\/(archief|pagina)\//.test(p));
  if (!found) throw new Error(`Geen pagina onder /${section} in de sitemap`);
  return found;
}

type LhResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await servePreview(dist, { base: '/' });
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
  /** The machine's load average (1, 5, 15 min) after the page's runs: this machine is shared. */
  load: number[];
}
const rows: Row[] = [];
for (const { type, path } of lighthousePages) {
  const lhrs: LhResult[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
    try {
      const result = await lighthouse(new URL(path.slice(1), server.url).href, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${path}`);
      lhrs.push(result.lhr);
    } finally {
      chrome.kill();
    }
  }
  const lhr = computeMedianRun(lhrs) as LhResult;
  const score = (c: (typeof categories)[number]) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const lcpElement = (lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { nodeLabel?: string; snippet?: string } }[] }[] } | undefined)?.items?.[0]?.items?.[0]?.node;
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
    load: loadavg().map((l) => Number(l.toFixed(2))),
  };
  rows.push(row);
  console.log(`${type} ${path}: ${categories.map(score).join('/')} LCP ${row.lcpMs} ms (runs: ${lhrs.map((l) => Math.round(l.audits['largest-contentful-paint']?.numericValue ?? NaN)).join(', ')}) TBT ${row.tbtMs} ms CLS ${row.cls} ${row.lcpIsImage ? '(beeld)' : '(tekst)'}, belasting ${row.load.join(' ')}${lost.length ? ` — punten kwijt: ${lost.join('; ')}` : ''}`);
}
await server.close();

const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
const lighthouseVersion = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
const json = `${JSON.stringify({ commit, dist, date: new Date().toISOString(), lighthouse: lighthouseVersion, runs, rows }, null, 2)}\n`;
writeFileSync(values.out ?? 'docs/performance-lighthouse.json', json);

const target = (r: Row) => (r.lcpIsImage ? 1500 : 1000);
const table = [
  `Lighthouse ${lighthouseVersion}, mobiel (standaard gesimuleerde vertraging), mediaan van ${runs} koude runs per pagina, commit \`${commit.slice(0, 10)}\`, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| pagina | prestaties | toegankelijkheid | best practices | SEO | LCP | doel LCP | TBT | CLS |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.type} (\`${r.path}\`) | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.lcpMs} ms | ≤ ${target(r)} ms (${r.lcpIsImage ? 'beeld' : 'tekst'}) | ${r.tbtMs} ms | ${r.cls} |`),
  '',
  ...rows.filter((r) => r.lost.length).map((r) => `- ${r.type}: punten kwijt bij ${r.lost.join('; ')}`),
].join('\n');
const doc = readFileSync('docs/performance.md', 'utf8');
const start = '<!-- lighthouse:start -->';
const end = '<!-- lighthouse:end -->';
const next = doc.includes(start)
  ? doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`)
  : `${doc.trimEnd()}\n\n## Lighthouse per paginatype\n\n\`npm run bench:lighthouse\`. Doelen: 100 in alle vier de categorieën, TBT 0 ms, CLS 0, LCP ≤ 1,0 s als het grootste element tekst is en ≤ 1,5 s als het een beeld is.\n\n${start}\n${table}\n${end}\n`;
if (!values.out) writeFileSync('docs/performance.md', next);
