/**
 * npm run nieuw -- <verhaal|evenement|tour|ambassadeur|gespot> [--titel "…"] [--school id] …
 * Asks for the few facts it needs (or takes them as flags), writes a correctly
 * named file with every field filled in or explained, and refuses an id that
 * exists. Add --mdx to use editor components (Citaat, Foto, Feiten, Knop).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';

const { scaffold, scaffoldTypes, questions } = await import('../src/checker/scaffold.ts');
const { buildNow } = await import('../src/lib/now.ts');
const { idFromFileName } = await import('../src/lib/vocabulary.ts');

const factNames = ['titel', 'naam', 'school', 'sector', 'afbeelding', 'portret', 'start', 'categorie', 'datum', 'locatie', 'schooljaar', 'vastgelegd', 'waar', 'ambassadeur', 'onder16', 'soort', 'id', 'map'];
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { ...Object.fromEntries(factNames.map((k) => [k, { type: 'string' as const }])), mdx: { type: 'boolean' as const } },
});
const flags = values as Record<string, string | boolean | undefined>;

const type = positionals[0] as keyof typeof scaffoldTypes | undefined;
if (!type || !(type in scaffoldTypes)) {
  console.error(`Welk soort bestand? Gebruik: npm run nieuw -- <${Object.keys(scaffoldTypes).join('|')}> (met --titel "…" enzovoort, of beantwoord de vragen).`);
  process.exit(2);
}
const facts: Record<string, string> = Object.fromEntries(Object.entries(flags).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
const missing = scaffoldTypes[type].needs.filter((k) => !facts[k]);
if (missing.length > 0) {
  if (!process.stdin.isTTY) {
    console.error(`Nog nodig: ${missing.map((k) => `--${k} "…" (${questions[k]})`).join(', ')}.`);
    process.exit(2);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (const k of missing) facts[k] = (await rl.question(`${questions[k]}: `)).trim();
  rl.close();
}

// Today in Utrecht, as the editor's calendar shows it.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(buildNow());
const file = scaffold({ type, facts, today, mdx: flags.mdx === true });
const folder = join((flags.map as string | undefined) ?? process.env.CONTENT_DIR ?? 'content', file.folder);
mkdirSync(folder, { recursive: true });
const taken = readdirSync(folder).find((f) => idFromFileName(f) === file.id);
if (taken) {
  console.error(`Er is al een bestand met de id '${file.id}': ${join(folder, taken)}. Kies een andere titel of geef --id een andere naam.`);
  process.exit(1);
}
const path = join(folder, `${file.id}.${file.ext}`);
writeFileSync(path, file.text, { flag: 'wx' });
console.log(`Geschreven: ${path}\nVul de samenvatting, de alt-tekst en de tekst in. Controleer daarna met: npm run check:content`);
if (!existsSync(join(folder, '..', 'afbeeldingen'))) console.log('Let op: de map afbeeldingen bestaat nog niet.');
