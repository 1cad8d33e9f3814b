/**
 * npm run fuzz:content [-- --seed 1 --n 320 --batch 8]: the differential content
 * fuzzer. Makes seeded, reproducible mutations of the fixture and the real
 * content (scripts/fuzz/mutations.ts), runs the content check on each, and for
 * every one the check passes runs the full `astro build` and reads the page.
 * Two kinds of disagreement: the check passes but the build fails or the page
 * shows raw Markdown or example text; or the check rejects a harmless change.
 * Mutations the check passes are built several at a time (different files in
 * one copy), and a failing batch is built again one by one. Writes
 * docs/fuzz-inhoud.md and .bench/fuzz.json; exit 1 on any disagreement.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEnv } from './astro-build.mjs';
const { kinds, pick, seeded } = await import('./fuzz/mutations.ts');
const { checkContent } = await import('../src/checker/check.ts');
const { contentTypes, placeholders } = await import('../src/content-types/index.ts');
const { idFromFileName } = await import('../src/lib/vocabulary.ts');
const { codePointName, pastedCharacters } = await import('../src/lib/pasted-characters.ts');

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    n: { type: 'string', default: '320' },
    batch: { type: 'string', default: '8' },
  },
});
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'mbo030-fuzz-'));
const sources = [
  { name: 'fixture', dir: join(root, 'tests/fixtures/content'), now: '2022-06-15T10:00:00Z' },
  { name: 'echt', dir: join(root, 'content'), now: '2026-11-28T12:00:00Z' },
];
const r = seeded(Number(values.seed));
const started = performance.now();
const log = (s: string) => console.log(`[fuzz] ${s}`);

interface Mutation {
  n: number;
  kind: string;
  harmful: boolean;
  source: (typeof sources)[number];
  file: string;
  what: string;
  apply: (content: string) => string;
  /** 'ok', or the text the finding must contain. */
  checker?: string;
  /** 'ok', or the text the build error must contain. */
  build?: string;
}

function contentFiles(dir: string): string[] {
  return Object.keys(contentTypes).flatMap((c) =>
    existsSync(join(dir, c))
      ? readdirSync(join(dir, c))
          .filter((f) => !f.startsWith('_'))
          .map((f) => `${c}/${f}`)
      : [],
  );
}

// 1. Make the mutations: every kind in turn, on a random file of a random source.
const mutations: Mutation[] = [];
for (let n = 0, tries = 0; mutations.length < Number(values.n) && tries < 20 * Number(values.n); tries++) {
  const kind = kinds[n % kinds.length]!;
  const source = pick(r, sources);
  const file = pick(r, contentFiles(source.dir));
  const text = readFileSync(join(source.dir, file), 'utf8');
  const change = kind.mutate(text, file, r);
  if (!change) continue;
  n++;
  mutations.push({
    n: mutations.length + 1,
    kind: kind.name,
    harmful: kind.harmful,
    source,
    file,
    what: change.what,
    apply: (content) => {
      const abs = join(content, file);
      if (change.bytes) writeFileSync(abs, change.bytes);
      else if (change.text !== undefined) writeFileSync(abs, change.text);
      for (const [name, from] of Object.entries(change.images ?? {}))
        cpSync(join(root, 'tests/content-errors', from), join(content, 'afbeeldingen', name));
      if (change.rename) renameSync(abs, join(abs, '..', change.rename));
      return change.rename ? `${file.split('/')[0]}/${change.rename}` : file;
    },
  });
}
log(`${mutations.length} mutaties (seed ${values.seed})`);

// 2. The content check on each, in this process (the same code as npm run check:content). Findings the
// unchanged content already has (the fixture holds an ambassador whose consent ended, on purpose) do not count.
const key = (f: { file: string; field: string; message: string }) => `${f.file}|${f.field}|${f.message}`;
const baseline = new Map<string, Set<string>>();
for (const source of sources) {
  const dir = join(work, `baseline-${source.name}`);
  cpSync(source.dir, join(dir, 'content'), { recursive: true });
  const findings = await checkContent({ dir: join(dir, 'content'), now: new Date(source.now), cwd: dir });
  baseline.set(source.name, new Set(findings.filter((f) => f.severity === 'error').map(key)));
  rmSync(dir, { recursive: true, force: true });
}
for (const m of mutations) {
  const dir = join(work, `check-${m.n}`);
  cpSync(m.source.dir, join(dir, 'content'), { recursive: true });
  m.apply(join(dir, 'content'));
  const findings = await checkContent({ dir: join(dir, 'content'), now: new Date(m.source.now), cwd: dir });
  const errors = findings.filter((f) => f.severity === 'error' && !baseline.get(m.source.name)!.has(key(f)));
  m.checker =
    errors.length === 0 ? 'ok' : errors.map((f) => `${f.file}:${f.line}: ${f.field}: ${f.message}`).join(' | ');
  rmSync(dir, { recursive: true, force: true });
}
log(`check klaar: ${mutations.filter((m) => m.checker === 'ok').length} doorgelaten`);

// 3. Build what the check passed, a batch at a time, and read the pages.
function astroBuild(
  content: string,
  out: string,
  cache: string,
  now: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: buildEnv({
        ...process.env,
        CONTENT_DIR: content,
        OUT_DIR: out,
        CACHE_DIR: cache,
        MBO030_NOW: now,
        ASTRO_TELEMETRY_DISABLED: '1',
      }),
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}

/** What is wrong on the built page of a mutated file, or undefined. */
function pageProblem(out: string, file: string): string | undefined {
  const [collection, name] = file.split('/') as [keyof typeof contentTypes, string];
  if (!/\.(mdx?|ya?ml|json)$/.test(name)) return undefined;
  const page = join(out, contentTypes[collection].page(idFromFileName(name)), 'index.html');
  if (!existsSync(page)) return undefined; // a draft or someone without consent: not shown, as intended
  const html = readFileSync(page, 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '');
  const visible = html.replace(/<[^>]+>/g, ' ');
  if (/!\[[^\]]*\]\(|\]\((\.\.?\/|https?:)/.test(visible)) return 'de pagina toont ruwe Markdown';
  const example = Object.values(placeholders).find((p) => visible.includes(p.replace(/^## /, '')));
  if (example) return `de pagina toont voorbeeldtekst: ${example}`;
  if (visible.includes('\uFFFD')) return 'de pagina toont � (verkeerde codering)';
  const pasted = pastedCharacters(html)[0];
  if (pasted) return `de pagina bevat ${codePointName(pasted.codePoint)}, dat niet in een webpagina of feed mag`;
  return undefined;
}

async function buildBatch(batch: Mutation[], label: string): Promise<void> {
  const source = batch[0]!.source;
  const dir = join(work, label);
  const content = join(dir, 'content');
  cpSync(source.dir, content, { recursive: true });
  const files = batch.map((m) => m.apply(content));
  const out = join(dir, 'dist');
  // A fresh cache per build (Astro's content store remembers absolute image paths), sharing only
  // the processed images, so each image is encoded once per source.
  const cache = join(dir, 'cache');
  const images = join(work, `images-${source.name}`);
  mkdirSync(images, { recursive: true });
  mkdirSync(cache, { recursive: true });
  symlinkSync(images, join(cache, 'assets'));
  const result = await astroBuild(content, out, cache, source.now);
  if (result.code !== 0) {
    if (batch.length > 1) {
      rmSync(dir, { recursive: true, force: true });
      for (const m of batch) await buildBatch([m], `${label}-${m.n}`);
      return;
    }
    const error = result.output
      .split('\n')
      .filter((l) => /error|fout|Error/i.test(l))
      .slice(0, 3)
      .join(' ')
      .slice(0, 400);
    batch[0]!.build = `build mislukt: ${error}`;
  } else {
    batch.forEach((m, i) => (m.build = pageProblem(out, files[i]!) ?? 'ok'));
  }
  rmSync(dir, { recursive: true, force: true });
}

const toBuild = mutations.filter((m) => m.checker === 'ok');
for (const source of sources) {
  const queue = toBuild.filter((m) => m.source === source);
  while (queue.length) {
    const batch: Mutation[] = [];
    for (const m of [...queue]) {
      if (batch.length >= Number(values.batch)) break;
      if (batch.some((b) => b.file === m.file) || (m.kind === 'hernoemd' && batch.length > 0)) continue;
      batch.push(m);
      queue.splice(queue.indexOf(m), 1);
    }
    await buildBatch(batch, `build-${batch[0]!.n}`);
    log(`${toBuild.filter((m) => m.build).length}/${toBuild.length} gebouwd`);
  }
}
rmSync(work, { recursive: true, force: true });

// 4. Report.
const passedButBroken = mutations.filter((m) => m.checker === 'ok' && m.build !== 'ok');
const harmlessRejected = mutations.filter((m) => !m.harmful && m.checker !== 'ok');
const minutes = (performance.now() - started) / 60000;
const byKind = kinds.map((k) => {
  const of = mutations.filter((m) => m.kind === k.name);
  return `| ${k.name} | ${k.harmful ? 'fout' : 'onschuldig'} | ${of.length} | ${of.filter((m) => m.checker !== 'ok').length} | ${of.filter((m) => m.checker === 'ok' && m.build === 'ok').length} | ${of.filter((m) => passedButBroken.includes(m) || harmlessRejected.includes(m)).length} |`;
});
const list = (ms: Mutation[], why: (m: Mutation) => string) =>
  ms.length
    ? ms.map((m) => `- #${m.n} ${m.kind}, ${m.source.name}/${m.file}: ${m.what}. ${why(m)}`).join('\n')
    : '- geen';
const report = `# Inhoudsfuzzer: controle tegenover build

Gemaakt door \`npm run fuzz:content\` (seed ${values.seed}, ${mutations.length} mutaties, ${minutes.toFixed(1)} minuten op ${(await import('node:os')).cpus().length} kernen, ${new Date().toISOString().slice(0, 10)}).
Elke mutatie gaat door de inhoudscontrole; wat die doorlaat, gaat door de volledige \`astro build\`, waarna de pagina wordt gelezen (ruwe Markdown, voorbeeldtekst, verkeerde codering, tekens die niet in een webpagina of feed mogen).

| soort | bedoeld als | aantal | door de controle tegengehouden | doorgelaten, build en pagina goed | onenigheid |
| --- | --- | ---: | ---: | ---: | ---: |
${byKind.join('\n')}

**Controle groen, build of pagina fout: ${passedButBroken.length}**

${list(passedButBroken, (m) => m.build ?? '')}

**Onschuldige wijziging afgewezen: ${harmlessRejected.length}**

${list(harmlessRejected, (m) => m.checker ?? '')}
`;
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(
  join(root, '.bench/fuzz.json'),
  JSON.stringify(
    mutations.map(({ apply: _a, source, ...m }) => ({ ...m, source: source.name })),
    null,
    2,
  ),
);
const doc = join(root, 'docs/fuzz-inhoud.md');
const previous = existsSync(doc) ? readFileSync(doc, 'utf8') : '';
const found = previous.includes('## Gevonden en opgelost')
  ? previous.slice(previous.indexOf('## Gevonden en opgelost'))
  : '## Gevonden en opgelost\n\n(nog niets)\n';
writeFileSync(doc, `${report}\n${found}`);
log(
  `klaar in ${minutes.toFixed(1)} min: ${passedButBroken.length} doorgelaten maar kapot, ${harmlessRejected.length} onschuldig maar afgewezen (docs/fuzz-inhoud.md)`,
);
process.exitCode = passedButBroken.length + harmlessRejected.length > 0 ? 1 : 0;
