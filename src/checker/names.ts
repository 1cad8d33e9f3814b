/**
 * Consent covers every mention: an ambassador is named only through a reference
 * the build can follow (a `ambassadeurs` field, or `<Persoon id="…" />` in the
 * text), so the name disappears everywhere when consent ends. This finds names
 * typed as plain text anywhere else.
 */

export interface Person {
  id: string;
  /** The published name, e.g. "Fleur". */
  naam: string;
  /** True when consent rests on a public source (no signed form): it covers no photo. */
  publicSourceOnly?: boolean;
}

export interface NameMention {
  line: number;
  person: Person;
}

/** `<Persoon id="fleur" />` (also with single quotes, extra attributes or `></Persoon>`). */
const PERSON_TAG = /<Persoon\b[^>]*?(?:\/>|>[^<]*<\/Persoon>)/g;

/** The ids named in `<Persoon id="…" />` tags of a text. */
export function personTagIds(text: string): string[] {
  // YAML comments (`# …`) explain the tag to editors; they are not uses of it.
  return [...text.replace(/^\s*#.*$/gm, '').matchAll(PERSON_TAG)]
    .map((m) => /\bid=["']([^"']+)["']/.exec(m[0])?.[1])
    .filter((id): id is string => Boolean(id));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Lines of `text` where a person's name stands as a whole word outside a
 * `<Persoon>` tag. Case-sensitive (a name is written with a capital; the id in
 * `ambassadeurs: [fleur]` is not a mention). Comment lines (`# …`) are skipped.
 */
export function nameMentions(text: string, people: Person[]): NameMention[] {
  const found: NameMention[] = [];
  const lines = text.replace(PERSON_TAG, (tag) => tag.replace(/[^\n]/g, ' ')).split(/\r?\n/);
  lines.forEach((line, i) => {
    if (/^\s*#/.test(line)) return;
    for (const person of people) {
      if (new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(person.naam)}(?![\\p{L}\\p{N}_])`, 'u').test(line))
        found.push({ line: i + 1, person });
    }
  });
  return found;
}

/** The Dutch finding for a name typed outside a reference. */
export function nameMessage(person: Person, isMdx: boolean, collection: string): string {
  if (collection === 'scholen' || collection === 'paginas') {
    return `De naam ${person.naam} staat hier als gewone tekst. Haal de naam weg: ${collection === 'scholen' ? 'de schoolpagina toont de ambassadeurs van deze school vanzelf, uit het veld school van elke ambassadeur' : `schrijf <Persoon id="${person.id}" />, dan verdwijnt de naam als de toestemming stopt`}.`;
  }
  const how = isMdx
    ? `schrijf <Persoon id="${person.id}" /> in de tekst en zet ${person.id} in ambassadeurs: [${person.id}]`
    : `zet ${person.id} in ambassadeurs: [${person.id}] (of hernoem het bestand naar .mdx en schrijf <Persoon id="${person.id}" /> in de tekst)`;
  return `De naam ${person.naam} staat hier als gewone tekst. Noem een ambassadeur alleen via een verwijzing, zodat de naam overal verdwijnt als de toestemming stopt: ${how}. Laat de naam uit titel en samenvatting.`;
}
