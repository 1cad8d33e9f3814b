/**
 * npm run check:content [-- <map>]: checks all content without building the
 * site. Prints one line per finding (file:line: veld '…': …), GitHub
 * annotations when GITHUB_ACTIONS=true, and exits 1 when there is an error.
 */
import { performance } from 'node:perf_hooks';
const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const started = performance.now();
const { checkContent } = await import('../src/checker/check.ts');
const { formatFinding, githubAnnotation } = await import('../src/checker/findings.ts');
const { buildNow } = await import('../src/lib/now.ts');

const findings = await checkContent({ dir, now: buildNow() });
for (const f of findings) console.log(formatFinding(f));
if (process.env.GITHUB_ACTIONS === 'true') for (const f of findings) console.log(githubAnnotation(f));
const errors = findings.filter((f) => f.severity === 'error').length;
const warnings = findings.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  errors === 0
    ? `Inhoud in orde (${dir}, ${seconds} s)${warnings ? `, ${warnings} waarschuwing(en) om naar te kijken` : ''}.`
    : `${errors} fout(en) en ${warnings} waarschuwing(en) in ${dir} (${seconds} s). Los de fouten op; uitleg staat in docs/redactie.md.`,
);
process.exit(errors > 0 ? 1 : 0);
