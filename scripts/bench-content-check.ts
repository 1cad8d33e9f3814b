/**
 * npm run bench:content-check [-- --n 100,500,2000]: times `npm run check:content`
 * on the real content and on the benchmark corpora (made by npm run bench or
 * scripts/generate-corpus.ts), median of three runs. Writes docs/performance-content-check.json.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { run } = await import('./bench/measure.ts');
const { values } = parseArgs({
  options: { n: { type: 'string', default: '100,500,2000' }, ext: { type: 'string', default: 'mdx' } },
});
const root = resolve(import.meta.dirname, '..');
const folders = [
  ['echte inhoud', 'content'],
  ...values.n.split(',').map((n) => [`${n} verhalen`, `.bench/corpus-${values.ext}-${n}`]),
].filter(([, d]) => existsSync(join(root, d!)));
const out: { corpus: string; files: number; seconds: number; peakRssMb: number }[] = [];
for (const [name, dir] of folders) {
  const runs = [];
  for (let i = 0; i < 3; i++)
    runs.push(
      await run(process.execPath, ['--import', './scripts/ts-hooks.mjs', 'scripts/check-content.ts', dir!], {
        cwd: root,
        env: { MBO030_NOW: '2026-11-28T12:00:00Z' },
      }),
    );
  runs.sort((a, b) => a.seconds - b.seconds);
  const mid = runs[1]!;
  const files = Number(/(\d+) bestanden/.exec(mid.output)?.[1] ?? 0);
  out.push({ corpus: name!, files, seconds: Math.round(mid.seconds * 100) / 100, peakRssMb: mid.peakRssMb });
  console.log(`${name}: ${mid.seconds.toFixed(2)} s, ${mid.peakRssMb} MB`);
}
writeFileSync(join(root, 'docs/performance-content-check.json'), `${JSON.stringify(out, null, 2)}\n`);
