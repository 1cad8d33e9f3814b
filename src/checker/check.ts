/**
 * The content checker: every rule the build applies, plus the ones only an
 * editor needs (alt text, image sizes, links, B1 hints), without building the
 * site. Same content types and schemas as the build (src/content-types/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { collectionNames, contentTypes, type CollectionName } from '../content-types';
import { entryIds } from '../lib/content-dir';
import { isMeaninglessAlt } from '../schemas/fields';
import { idFromFileName, isContentFileName } from '../lib/vocabulary';
import { impossibleDates, missingFiles } from '../lib/frontmatter-checks';
import { photosWithoutForm } from '../lib/publication';
import { PASTED_CHARACTER } from '../lib/pasted-characters';
import { frontMatterDating, hasCalendarFile } from '../lib/event-dating';
import { consentFinding } from './consent';
import { publishedAhead } from './published-ahead';
import type { ParsedConsent } from '../schemas/ambassadeurs';
import { nameMentions, nameMessage, personTagIds, type Person } from './names';
import { bodyProblems } from './body';
import { parseContentFile } from './front-matter';
import { sortFindings, type Finding } from './findings';
import { b1Hints } from './language';
import { drawnTextFindings } from './drawn-text';
import { folderPrivacyProblem, imageProblems } from './images';
import { placeholderProblems } from './placeholders';
import {
  encodingProblem,
  fileNameProblem,
  pastedCharacterLines,
  quotedMessage,
  quotedValues,
  rawMarkdownLines,
} from './slips';
import { linkProblem, type KnownContent } from './links';
import { canonicalContent, firstDifferentLine } from '../admin/cms-format';
import { dutch, fieldName, schemaKeys, suggest, unknownKeys } from './messages';

export interface CheckOptions {
  /** The content folder, e.g. `content`. */
  dir: string;
  /** "Now", for consent that has ended. */
  now: Date;
  /** Base for the file names in findings (the repository root). */
  cwd?: string;
}

/** Stand-in for Astro's image(): a path that must exist; its size is checked separately. */
const imagePath = () => z.string({ error: 'Geef het pad naar de afbeelding, bijvoorbeeld ../afbeeldingen/naam.jpg.' });

interface Entry {
  collection: CollectionName;
  id: string;
  abs: string;
  file: string;
}

/** Collects findings; every rule below adds to it. */
type Add = (file: string, line: number, field: string, message: string, severity?: Finding['severity']) => void;

/** What the rules for one file need to know about the whole content folder. */
interface Context {
  opts: CheckOptions;
  add: Add;
  people: Person[];
  known: KnownContent;
  /** The files that name or are about an ambassador. */
  mentionsOf: (id: string) => Entry[];
  /** Images found in slots and in text, checked together at the end. */
  images: { file: string; line: number; field: string; abs: string; min: number }[];
}

export async function checkContent(opts: CheckOptions): Promise<Finding[]> {
  const cwd = opts.cwd ?? process.cwd();
  const findings: Finding[] = [];
  const add: Add = (file, line, field, message, severity = 'error') =>
    findings.push({ file, line, field, message, severity });
  const entries = collectEntries(opts.dir, cwd, add);
  const { people, references } = peopleAndReferences(entries);
  const ctx: Context = {
    opts,
    add,
    people,
    known: knownContent(entries),
    mentionsOf: (id) =>
      entries.filter((x) => references.get(x.file)?.has(id) && !(x.collection === 'ambassadeurs' && x.id === id)),
    images: [],
  };
  for (const e of entries) checkFile(e, ctx);
  await checkImages(ctx, cwd);
  for (const e of entries) if (!findings.some((f) => f.file === e.file)) checkLayout(e, add);
  return sortFindings(findings);
}

/** Step 1: the files of each collection, with wrong extensions, file names and duplicate ids. */
function collectEntries(dir: string, cwd: string, add: Add): Entry[] {
  const entries: Entry[] = [];
  for (const collection of collectionNames) {
    const folder = join(dir, collection);
    if (!existsSync(folder)) continue;
    const byId = new Map<string, Entry[]>();
    for (const name of readdirSync(folder).sort()) {
      if (!isContentFileName(name)) continue;
      const abs = resolve(folder, name);
      const file = relative(cwd, abs);
      const files = contentTypes[collection].files;
      if (!files.extensions.test(name)) {
        add(
          file,
          1,
          'bestandsnaam',
          `Dit bestand hoort niet in content/${collection}/. Gebruik ${files.advice}; zet afbeeldingen in content/afbeeldingen/.`,
        );
        continue;
      }
      const nameProblem = fileNameProblem(name);
      if (nameProblem) add(file, 1, 'bestandsnaam', nameProblem);
      const entry = { collection, id: idFromFileName(name), abs, file };
      byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
    }
    for (const [id, same] of byId) {
      if (same.length > 1)
        for (const e of same)
          add(
            e.file,
            1,
            'bestandsnaam',
            `Er zijn ${same.length} bestanden met de id '${id}' (${same.map((s) => s.file.split('/').pop()).join(' en ')}). Geef elk bestand een eigen naam.`,
          );
      entries.push(same[0]!);
    }
  }
  return entries;
}

/** Step 2: one file — encoding, YAML, raw text, names, schema, then the rules for its collection and its body. */
function checkFile(e: Entry, ctx: Context): void {
  const { add } = ctx;
  const bytes = readFileSync(e.abs);
  const encoding = encodingProblem(bytes);
  if (encoding) return add(e.file, 1, 'opmaak', encoding);
  const text = bytes.toString('utf8');
  const isText = /\.mdx?$/.test(e.abs);
  const pasted = pastedCharacterLines(text, isText);
  for (const p of pasted) add(e.file, p.line, p.field, p.message);
  const parsed = parseContentFile(text, isText ? 'text' : 'data', e.abs.endsWith('.json'));
  // The YAML reader refuses most pasted characters; the finding above already says which and where.
  if (parsed.error)
    return pasted.length > 0 ? undefined : add(e.file, parsed.error.line, 'opmaak', parsed.error.message);
  for (const c of parsed.cut ?? []) add(e.file, c.line, fieldName(c.path), c.message);
  const textProblems = [...impossibleDates(text), ...missingFiles(text, (p) => existsSync(resolve(dirname(e.abs), p)))];
  for (const p of [...textProblems, ...placeholderProblems(text)]) add(e.file, p.line, p.field, p.message);
  if (isText) for (const p of rawMarkdownLines(text)) add(e.file, p.line, 'tekst', p.message);
  checkNames(e, text, parsed.data, ctx);

  const schema: z.ZodType = contentTypes[e.collection].schema(imagePath as never, (c) => entryIds(c, ctx.opts.dir));
  for (const key of unknownKeys(schema, parsed.data))
    add(e.file, parsed.lineOf([key]), key, `Onbekend veld '${key}'. ${suggest(key, schemaKeys(schema))}`);
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldName(issue.path);
      // A missing image file is reported once, by the front matter check above.
      if (textProblems.some((p) => p.field === 'src') && field.endsWith('src')) continue;
      const line = parsed.lineOf(issue.path);
      // A pasted character typed as itself is reported above, from the line it is on.
      if (pasted.some((p) => p.line === line) && issue.message.startsWith(PASTED_CHARACTER)) continue;
      add(e.file, line, field, dutch(issue));
    }
    return;
  }
  for (const q of quotedValues(parsed.data))
    add(e.file, parsed.lineOf(q.path), fieldName(q.path), quotedMessage(q.value), 'warning');
  collectionRules(e, result.data as Record<string, unknown>, parsed.lineOf, ctx);
  // A date YAML rolled over (2022-13-01 is read as 2023-01-01) is reported above, not again as ahead.
  const ahead = publishedAhead(contentTypes[e.collection], result.data as Record<string, unknown>, ctx.opts.now);
  if (ahead && !textProblems.some((p) => p.field === ahead.field))
    add(e.file, parsed.lineOf([ahead.field]), ahead.field, ahead.message, 'warning');
  if (isText) checkBody(e, text, ctx);
}

/**
 * A file without other findings that is not in the form the CMS writes (quotes,
 * list style, field order, fields with a default): a warning, because the first
 * save in /admin/ would also change those lines. Web-editor users can write any
 * layout; the command puts it right without changing a value.
 */
function checkLayout(e: Entry, add: Add): void {
  if (e.abs.endsWith('.json')) return;
  const text = readFileSync(e.abs, 'utf8');
  const canonical = canonicalContent(e.collection, text);
  if (canonical === undefined || canonical === text) return;
  add(e.file, firstDifferentLine(text, canonical), 'opmaak', LAYOUT_MESSAGE, 'warning');
}

export const LAYOUT_MESSAGE =
  'Dit bestand staat vanaf deze regel niet in de vorm waarin de redactieomgeving (/admin/) opslaat. Dan laat de eerste keer opslaan daar ook regels zien die niemand veranderde. Je mag het laten staan: de inhoud klopt. Wil je het weg hebben, schrijf dan lijsten zoals in docs/redactie.md (elk item op een eigen regel met - ervoor), of draai npm run inhoud:opmaken als je op je eigen computer werkt.';

/** Names typed as text: allowed only in the person's own file and in stories about them (withheld as a whole). */
function checkNames(e: Entry, text: string, data: unknown, ctx: Context): void {
  const refs = (data as { ambassadeurs?: unknown } | undefined)?.ambassadeurs;
  const own = new Set(
    e.collection === 'ambassadeurs'
      ? [e.id]
      : e.collection === 'verhalen' && Array.isArray(refs)
        ? refs.map(String)
        : [],
  );
  for (const m of nameMentions(
    text,
    ctx.people.filter((p) => !own.has(p.id)),
  ))
    ctx.add(e.file, m.line, 'ambassadeur', nameMessage(m.person, e.abs.endsWith('.mdx'), e.collection));
  for (const id of personTagIds(text)) {
    if (ctx.people.some((p) => p.id === id)) continue;
    const line = text.split(/\r?\n/).findIndex((l) => l.includes(`"${id}"`) || l.includes(`'${id}'`)) + 1;
    ctx.add(
      e.file,
      line || 1,
      'tekst',
      `<Persoon id="${id}" />: '${id}' bestaat niet in content/ambassadeurs/. Kies een van: ${
        ctx.people
          .map((p) => p.id)
          .sort()
          .join(', ') || '(nog geen)'
      }.`,
    );
  }
}

/** The rules that need valid data: image slots, consent, photos of people, badge glyphs, B1 hints. */
function collectionRules(
  e: Entry,
  data: Record<string, unknown>,
  lineOf: (path: readonly PropertyKey[]) => number,
  ctx: Context,
): void {
  const { add } = ctx;
  for (const [field, min] of Object.entries(contentTypes[e.collection].images)) {
    const value = data[field];
    const list = Array.isArray(value) ? value : value ? [value] : [];
    list.forEach((fig, i) => {
      const path = Array.isArray(value) ? [field, i, 'src'] : [field, 'src'];
      const abs = resolve(dirname(e.abs), (fig as { src: string }).src);
      if (existsSync(abs)) ctx.images.push({ file: e.file, line: lineOf(path), field: fieldName(path), abs, min });
    });
  }
  if (e.collection === 'ambassadeurs') {
    const consent = (data as { toestemming: ParsedConsent }).toestemming;
    const finding = consentFinding(
      consent,
      ctx.opts.now,
      ctx.mentionsOf(e.id).map((x) => ({ file: x.file, story: x.collection === 'verhalen' })),
    );
    if (finding) add(e.file, lineOf(finding.path), finding.path.join('.'), finding.message, finding.severity);
  }
  // A public source covers no photo: the same rule the build applies (lib/publication).
  if (e.collection === 'verhalen') {
    const story = {
      id: e.id,
      filePath: e.file,
      data: {
        ambassadeurs: (data.ambassadeurs as string[] | undefined) ?? [],
        afbeelding: data.afbeelding as { toontPersonen: boolean },
      },
    };
    const ambassadors = ctx.people.map((p) => ({
      id: p.id,
      data: { toestemming: { basis: p.publicSourceOnly ? ('openbare-bron' as const) : ('formulier' as const) } },
    }));
    for (const u of photosWithoutForm(ambassadors, [story])) {
      add(
        e.file,
        lineOf(['afbeelding', 'toontPersonen']),
        'afbeelding.toontPersonen',
        u.reason.replace(/^veld '[^']*': (\p{Ll})/u, (_, c: string) => c.toUpperCase()),
      );
    }
  }
  // Titles and names are drawn as outlines on share cards and badges: the same rule as the drawer.
  drawnTextFindings(e.file, e.collection, data, lineOf, add);
  for (const key of ['samenvatting', 'beschrijving', 'intro'] as const) {
    if (typeof data[key] === 'string')
      for (const hint of b1Hints(data[key])) add(e.file, lineOf([key]), key, hint, 'warning');
  }
}

/** Links, images and editor components in the running text. */
function checkBody(e: Entry, text: string, ctx: Context): void {
  const page = contentTypes[e.collection].page(e.id);
  for (const p of bodyProblems(text, e.abs.endsWith('.mdx'))) {
    if (p.message) ctx.add(e.file, p.line, 'tekst', p.message, p.warning ? 'warning' : 'error');
    if (!p.link) continue;
    const problem = linkProblem(p.link.url, p.link.kind, page, e.abs, ctx.known);
    if (problem) ctx.add(e.file, p.line, 'tekst', problem);
    if (p.link.kind !== 'image') continue;
    if (isMeaninglessAlt(p.alt ?? ''))
      ctx.add(
        e.file,
        p.line,
        'tekst',
        'Deze afbeelding heeft geen goede alt-tekst. Schrijf tussen [ en ] wat er te zien is, bijvoorbeeld ![Twee studenten bouwen een muur](…).',
      );
    if (/^[a-z]+:/i.test(p.link.url)) continue;
    const abs = resolve(dirname(e.abs), p.link.url);
    if (existsSync(abs)) ctx.images.push({ file: e.file, line: p.line, field: 'tekst', abs, min: 800 });
  }
}

/** Step 3: images in use (format, size, private metadata), then every other file in the images folder. */
async function checkImages(ctx: Context, cwd: string): Promise<void> {
  const seen = new Set<string>();
  await Promise.all(
    ctx.images.map(async (img) => {
      seen.add(img.abs);
      for (const message of await imageProblems(img.abs, img.min)) ctx.add(img.file, img.line, img.field, message);
    }),
  );
  const folder = join(ctx.opts.dir, 'afbeeldingen');
  if (!existsSync(folder)) return;
  const unused = readdirSync(folder)
    .filter((n) => isContentFileName(n))
    .map((n) => resolve(folder, n))
    .filter((abs) => !seen.has(abs));
  await Promise.all(
    unused.map(async (abs) => {
      const problem = await folderPrivacyProblem(abs);
      if (problem) ctx.add(relative(cwd, abs), 1, 'afbeelding', problem);
    }),
  );
}

/** Every ambassador's id and name, and per file the ambassadors it refers to (fields and <Persoon> tags). */
function peopleAndReferences(entries: Entry[]): { people: Person[]; references: Map<string, Set<string>> } {
  const people: Person[] = [];
  const references = new Map<string, Set<string>>();
  for (const e of entries) {
    const text = readFileSync(e.abs, 'utf8');
    const parsed = parseContentFile(text, /\.mdx?$/.test(e.abs) ? 'text' : 'data', e.abs.endsWith('.json'));
    const data = (parsed.data ?? {}) as { naam?: unknown; ambassadeurs?: unknown; toestemming?: { basis?: unknown } };
    if (e.collection === 'ambassadeurs' && typeof data.naam === 'string' && data.naam.trim()) {
      people.push({ id: e.id, naam: data.naam.trim(), publicSourceOnly: data.toestemming?.basis !== 'formulier' });
    }
    const ids = [...(Array.isArray(data.ambassadeurs) ? data.ambassadeurs.map(String) : []), ...personTagIds(text)];
    references.set(e.file, new Set(e.collection === 'ambassadeurs' ? [e.id, ...ids] : ids));
  }
  return { people, references };
}

/** What links may point to: the entries' ids per collection, and the events with a calendar file. */
function knownContent(entries: Entry[]): KnownContent {
  const ids: Record<string, Set<string>> = {};
  const dayEvents = new Set<string>();
  for (const e of entries) {
    (ids[e.collection] ??= new Set()).add(e.id);
    // Only an event with a known day has a calendar file: the build's own rule (lib/event-dating).
    if (
      e.collection === 'agenda' &&
      hasCalendarFile(frontMatterDating(parseContentFile(readFileSync(e.abs, 'utf8'), 'text').data))
    )
      dayEvents.add(e.id);
  }
  return { ids, dayEvents };
}
