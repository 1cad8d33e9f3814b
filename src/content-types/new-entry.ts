/**
 * `npm run nieuw -- verhaal --titel "…"`: a new content file with every field
 * filled in or explained, and a body to write in. Each type's module gives its
 * facts and front matter (`newEntry`); this module asks, checks and composes.
 * Pure: the CLI (scripts/new-entry.ts) asks for the facts and writes the file.
 */
import { eventCategories, idFromTitle, sectors } from '../lib/vocabulary';
import type { NewEntry } from './content-type';
import { collectionNames, contentTypes, type CollectionName } from './index';
import { sharedPlaceholders } from './placeholders';

/** The types `npm run nieuw` makes, by the word an editor types. */
export const newEntryTypes: Record<string, NewEntry & { folder: CollectionName }> = Object.fromEntries(
  collectionNames.flatMap((folder) => {
    const n = contentTypes[folder].newEntry;
    return n ? [[n.command, { ...n, folder }]] : [];
  }),
);

/** Questions for the facts every type may ask, in Dutch; each type adds its own. */
const sharedQuestions: Record<string, string> = {
  titel: 'Titel (kort en concreet)',
  naam: 'Naam zoals die op de site mag staan (vaak alleen de voornaam)',
  school: 'School (id uit content/scholen/, bijvoorbeeld grafisch-lyceum-utrecht)',
  afbeelding: 'Bestandsnaam van de afbeelding in content/afbeeldingen/ (bijvoorbeeld bouw.jpg)',
  ambassadeur: 'Ambassadeur over wie het gaat (id uit content/ambassadeurs/; leeg laten als het niet over iemand gaat)',
};

/** The question the CLI asks for each fact. */
export const questions: Record<string, string> = Object.assign(
  { ...sharedQuestions },
  ...Object.values(newEntryTypes).map((t) => t.questions ?? {}),
) as Record<string, string>;

/** What exists in the content folder, for the facts that must name something that exists. */
export interface ExistingContent {
  scholen: string[];
  ambassadeurs: string[];
  afbeeldingen: string[];
}

/** The allowed values of a fact, or undefined when any text will do. */
export function choicesFor(key: string, existing: ExistingContent): readonly string[] | undefined {
  if (key === 'school') return existing.scholen;
  if (key === 'ambassadeur') return existing.ambassadeurs;
  if (key === 'sector') return sectors;
  if (key === 'categorie') return eventCategories;
  if (key === 'afbeelding' || key === 'portret') return existing.afbeeldingen;
  return undefined;
}

/** A Dutch message when a fact names something that does not exist, with the choices; else undefined. */
export function factProblem(key: string, value: string, existing: ExistingContent): string | undefined {
  const options = choicesFor(key, existing);
  if (!options || options.includes(value)) return undefined;
  if (options.length === 0)
    return `'${value}' bestaat niet, en er is nog niets om uit te kiezen in content/${key === 'school' ? 'scholen' : key === 'ambassadeur' ? 'ambassadeurs' : 'afbeeldingen'}/.`;
  return `'${value}' kan niet bij ${key}. Kies uit: ${options.join(', ')}.`;
}

export interface NewEntryInput {
  /** The word an editor types: `verhaal`, `evenement`, … */
  type: string;
  facts: Record<string, string>;
  /** Today in Utrecht, YYYY-MM-DD. */
  today: string;
  /** Write .mdx (for editor components) instead of .md. */
  mdx?: boolean;
}

/** A file name from a title: the vocabulary's id rule, at most 60 characters. */
export function slugify(text: string): string {
  return idFromTitle(text).slice(0, 60).replace(/-+$/, '');
}

function body(mdx: boolean | undefined): string {
  const example = mdx
    ? `

{/* Voorbeelden van onderdelen (haal weg wat je niet gebruikt):
<Citaat wie="Naam" bron="Waar en wanneer gezegd">Precies de woorden uit de bron.</Citaat>
<Feiten titel="In het kort">

- Eerste feit

</Feiten>
<Knop href="../../agenda/">Bekijk de agenda</Knop>
*/}`
    : '';
  return `${sharedPlaceholders.bodyLead}

${sharedPlaceholders.bodyHeading}

${sharedPlaceholders.bodyMore}${example}
`;
}

/** The file to write: folder, id, extension and full text. */
export function newEntryFile(i: NewEntryInput): { folder: string; id: string; ext: 'md' | 'mdx'; text: string } {
  const type = newEntryTypes[i.type];
  if (!type) throw new Error(`Onbekend soort bestand '${i.type}'. Kies uit: ${Object.keys(newEntryTypes).join(', ')}.`);
  const id = i.facts.id ?? slugify(i.facts.titel ?? i.facts.naam ?? '');
  if (!id) throw new Error('Geef een titel (of naam): daar wordt de bestandsnaam van gemaakt.');
  const ext = i.mdx ? 'mdx' : 'md';
  return { folder: type.folder, id, ext, text: `---\n${type.frontMatter(i.facts, i.today)}\n---\n\n${body(i.mdx)}` };
}
