/**
 * node scripts/bench-report.ts: turns the benchmark results (docs/performance-*.json)
 * into the tables of docs/performance.md, between the markers
 * <!-- bench:begin --> and <!-- bench:end -->. The text around them is written by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const read = (f: string) =>
  existsSync(join(root, 'docs', f)) ? JSON.parse(readFileSync(join(root, 'docs', f), 'utf8')) : undefined;
interface Build {
  seconds: number;
  peakRssMb: number;
  pages: number;
  distMb: number;
  files: number;
  pagefindMb: number;
  runs?: number[];
  cards?: { drawn: number; seconds: number; cached: number };
}
interface Result {
  n: number;
  ext: string;
  images: number;
  derivatives?: number;
  bareDerivatives?: number;
  cold: Build;
  warm: Build;
  edit: Build;
  baseline?: Build;
  bytes: Record<string, { html: number; css: number } | undefined>;
}
const mdx = read('performance-mdx.json') as { machine: Record<string, string | number>; results: Result[] } | undefined;
const md = read('performance-md.json') as { results: Result[] } | undefined;
const check = read('performance-content-check.json') as
  { corpus: string; seconds: number; peakRssMb: number }[] | undefined;
if (!mdx) throw new Error('Geen docs/performance-mdx.json: draai eerst npm run bench.');

const f1 = (x: number) => x.toFixed(1).replace('.', ',');
const f2 = (x: number) => x.toFixed(2).replace('.', ',');
const ok = (pass: boolean) => (pass ? 'gehaald' : '**niet gehaald**');
const lines: string[] = [];
const m = mdx.machine;
lines.push(
  `Gemeten op ${m.date}: ${m.cpus} CPU-kernen (${m.cpuModel}), ${m.memoryGb} GB geheugen, Node ${m.node}. Corpus uit \`scripts/generate-corpus.ts\` (seed 1).`,
  '',
);
lines.push(
  "| N verhalen | pagina's | bronbeelden | koud (s) | geheugen koud (MB) | warm (s) | na 1 wijziging (s) | kaal Astro (s) | geheugen kaal (MB) | tijd t.o.v. kaal | geheugen t.o.v. kaal | dist (MB) | bestanden | zoekindex (MB) |",
);
lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of mdx.results) {
  const b = r.baseline;
  lines.push(
    `| ${r.n} | ${r.cold.pages} | ${r.images} | ${f1(r.cold.seconds)} | ${r.cold.peakRssMb} | ${f1(r.warm.seconds)} | ${f1(r.edit.seconds)} | ${b ? f1(b.seconds) : '–'} | ${b ? b.peakRssMb : '–'} | ${b ? `${f2(r.cold.seconds / b.seconds)}×` : '–'} | ${b ? `${f2(r.cold.peakRssMb / b.peakRssMb)}×` : '–'} | ${f1(r.cold.distMb)} | ${r.cold.files} | ${f1(r.cold.pagefindMb)} |`,
  );
}
lines.push('', '**Koude builds** (elk met lege caches; de tabel toont de mediaan):', '');
lines.push(
  '| N | koud, alle runs (s) | kaal, alle runs (s) | beeldbestanden gemaakt (wij) | beeldbestanden (kaal) |',
  '| ---: | --- | --- | ---: | ---: |',
);
const runs = (b?: Build) => (b?.runs ? b.runs.map(f1).join(' / ') : b ? f1(b.seconds) : '–');
for (const r of mdx.results)
  lines.push(
    `| ${r.n} | ${runs(r.cold)} | ${runs(r.baseline)} | ${r.derivatives ?? '–'} | ${r.bareDerivatives ?? '–'} |`,
  );
lines.push('', "**Gewicht per paginatype** (HTML gzip, bytes; CSS voor alle pagina's gelijk):", '');
const types = Object.keys(mdx.results[0]!.bytes);
lines.push(`| N | ${types.join(' | ')} | CSS |`, `| ---: | ${types.map(() => '---:').join(' | ')} | ---: |`);
for (const r of mdx.results)
  lines.push(`| ${r.n} | ${types.map((t) => r.bytes[t]?.html ?? '–').join(' | ')} | ${r.bytes.home?.css ?? '–'} |`);

if (mdx.results.some((r) => r.cold.cards)) {
  lines.push(
    '',
    '**Deelkaarten** (1200 × 630 per verhaal, evenement, dagboekstuk, ambassadeur en school; de regel die de build zelf logt):',
    '',
  );
  lines.push(
    '| N | kaarten getekend (koud) | tekentijd koud (s) | deel van de koude build | uit de cache (warm) | tekentijd warm (s) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of mdx.results) {
    const c = r.cold.cards;
    const w = r.warm.cards;
    lines.push(
      `| ${r.n} | ${c?.drawn ?? '–'} | ${c ? f1(c.seconds) : '–'} | ${c ? `${f1((100 * c.seconds) / r.cold.seconds)} %` : '–'} | ${w?.cached ?? '–'} | ${w ? f1(w.seconds) : '–'} |`,
    );
  }
}

lines.push('', '**Groei**:', '');
lines.push(
  '| N | koud, ms per pagina | warm, ms per pagina | beeldwerk, ms per bronbeeld (koud − warm) |',
  '| ---: | ---: | ---: | ---: |',
);
for (const r of mdx.results)
  lines.push(
    `| ${r.n} | ${Math.round((r.cold.seconds * 1000) / r.cold.pages)} | ${Math.round((r.warm.seconds * 1000) / r.warm.pages)} | ${Math.round(((r.cold.seconds - r.warm.seconds) * 1000) / r.images)} |`,
  );

const big = mdx.results.find((r) => r.n === 2000);
const mid = mdx.results.find((r) => r.n === 500);
if (big) {
  lines.push('', '**Doelen** (N = 2.000):', '');
  const b = big.baseline;
  if (b)
    lines.push(
      `- koude build binnen 1,5× de kale Astro-build: ${f2(big.cold.seconds / b.seconds)}× — ${ok(big.cold.seconds <= 1.5 * b.seconds)}`,
    );
  lines.push(`- geheugen binnen 4 GB: ${big.cold.peakRssMb} MB — ${ok(big.cold.peakRssMb <= 4096)}`);
  if (big.cold.cards)
    lines.push(
      `- deelkaarten hoogstens 15 % van de koude build: ${f1((100 * big.cold.cards.seconds) / big.cold.seconds)} % — ${ok(big.cold.cards.seconds <= 0.15 * big.cold.seconds)}`,
    );
  lines.push(
    `- warme build minstens 3× sneller dan koud: ${f1(big.cold.seconds / big.warm.seconds)}× — ${ok(big.cold.seconds >= 3 * big.warm.seconds)}`,
  );
  lines.push(
    `- na één gewijzigd verhaal hoogstens de helft van koud: ${Math.round((100 * big.edit.seconds) / big.cold.seconds)} % — ${ok(big.edit.seconds <= big.cold.seconds / 2)}`,
  );
  if (mid) {
    const g = big.cold.seconds / big.cold.pages / (mid.cold.seconds / mid.cold.pages);
    lines.push(`- tijd per pagina bij 2.000 hoogstens 1,2× die bij 500: ${f2(g)}× — ${ok(g <= 1.2)}`);
  }
}
if (md) {
  const mdMachine = (md as { machine?: { date?: string; node?: string } }).machine;
  lines.push(
    '',
    `**Markdown tegenover MDX** (zelfde corpus, alleen de extensie anders; de .md-kolommen komen uit docs/performance-md.json, gemeten ${mdMachine?.date ?? '?'} in een eerdere run — vergelijk ze met voorzichtigheid, de machine verschilt per run):`,
    '',
  );
  lines.push(
    '| N | .mdx koud (s) | .md koud (s) | .mdx warm (s) | .md warm (s) | .mdx geheugen (MB) | .md geheugen (MB) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of md.results) {
    const x = mdx.results.find((y) => y.n === r.n);
    if (x)
      lines.push(
        `| ${r.n} | ${f1(x.cold.seconds)} | ${f1(r.cold.seconds)} | ${f1(x.warm.seconds)} | ${f1(r.warm.seconds)} | ${x.cold.peakRssMb} | ${r.cold.peakRssMb} |`,
      );
  }
}
if (check) {
  lines.push('', '**Inhoudscontrole** (`npm run check:content`, mediaan van 3, inclusief het starten van Node):', '');
  lines.push('| inhoud | tijd (s) | geheugen (MB) |', '| --- | ---: | ---: |');
  for (const c of check) lines.push(`| ${c.corpus} | ${f2(c.seconds)} | ${c.peakRssMb} |`);
}

const file = join(root, 'docs/performance.md');
const text = existsSync(file)
  ? readFileSync(file, 'utf8')
  : '# Prestaties\n\n<!-- bench:begin -->\n<!-- bench:end -->\n';
const begin = '<!-- bench:begin -->';
const end = '<!-- bench:end -->';
writeFileSync(
  file,
  `${text.slice(0, text.indexOf(begin) + begin.length)}\n${lines.join('\n')}\n${text.slice(text.indexOf(end))}`,
);
console.log('docs/performance.md bijgewerkt');
