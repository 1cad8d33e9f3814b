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

const { newEntryFile, newEntryTypes, questions, factProblem, choicesFor } =
  await import('../src/content-types/new-entry.ts');
const { entryIds } = await import('../src/lib/content-dir.ts');
const { buildNow } = await import('../src/lib/now.ts');
const { idFromFileName } = await import('../src/lib/vocabulary.ts');

// Every fact a type asks about, plus the ones given only as flags.
const factNames = [...Object.keys(questions), 'onder16', 'soort', 'id', 'map'];
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ...Object.fromEntries(factNames.map((k) => [k, { type: 'string' as const }])),
    mdx: { type: 'boolean' as const },
  },
});
const flags = values as Record<string, string | boolean | undefined>;

const type = positionals[0];
const spec = type ? newEntryTypes[type] : undefined;
if (!type || !spec) {
  console.error(
    `Welk soort bestand? Gebruik: npm run nieuw -- <${Object.keys(newEntryTypes).join('|')}> (met --titel "…" enzovoort, of beantwoord de vragen).`,
  );
  process.exit(2);
}
const facts: Record<string, string> = Object.fromEntries(
  Object.entries(flags).filter(([, v]) => typeof v === 'string'),
) as Record<string, string>;
const contentFolder = (flags.map as string | undefined) ?? process.env.CONTENT_DIR ?? 'content';
const imagesFolder = join(contentFolder, 'afbeeldingen');
const existing = {
  scholen: [...entryIds('scholen', contentFolder)].sort(),
  ambassadeurs: [...entryIds('ambassadeurs', contentFolder)].sort(),
  afbeeldingen: existsSync(imagesFolder)
    ? readdirSync(imagesFolder)
        .filter((n) => !n.startsWith('.'))
        .sort()
    : [],
};
// A fact given on the command line must name something that exists, like one typed in answer.
const wrong = Object.entries(facts).flatMap(([k, v]) => (v && factProblem(k, v, existing) ? [k] : []));
const missing = [...new Set([...spec.needs.filter((k) => !facts[k]), ...wrong])];
if (missing.length > 0) {
  if (!process.stdin.isTTY) {
    const why = wrong.map((k) => factProblem(k, facts[k]!, existing)).join(' ');
    console.error(
      `${why ? `${why} ` : ''}Nog nodig: ${missing.map((k) => `--${k} "…" (${questions[k]})`).join(', ')}.`,
    );
    process.exit(2);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  for (const k of missing) {
    const options = choicesFor(k, existing);
    if (options?.length) console.log(`Kies bij ${k}: ${options.join(', ')}`);
    for (;;) {
      facts[k] = (await rl.question(`${questions[k]}: `)).trim();
      const problem = facts[k] ? factProblem(k, facts[k], existing) : undefined;
      if (!problem) break;
      console.log(problem);
    }
  }
  rl.close();
}

// Today in Utrecht, as the editor's calendar shows it.
const today = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(buildNow());
const file = newEntryFile({ type, facts, today, mdx: flags.mdx === true });
const folder = join(contentFolder, file.folder);
mkdirSync(folder, { recursive: true });
const taken = readdirSync(folder).find((f) => idFromFileName(f) === file.id);
if (taken) {
  console.error(
    `Er is al een bestand met de id '${file.id}': ${join(folder, taken)}. Kies een andere titel of geef --id een andere naam.`,
  );
  process.exit(1);
}
const path = join(folder, `${file.id}.${file.ext}`);
writeFileSync(path, file.text, { flag: 'wx' });
console.log(
  `Geschreven: ${path}\nVul de samenvatting, de alt-tekst en de tekst in. Controleer daarna met: npm run check:content`,
);
if (!existsSync(join(folder, '..', 'afbeeldingen'))) console.log('Let op: de map afbeeldingen bestaat nog niet.');
