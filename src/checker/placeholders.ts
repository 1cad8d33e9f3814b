/**
 * Example text from `npm run nieuw` that is still in a file: an error until the
 * editor replaces it, so a new file never goes live as it was written (src/content-types/placeholders.ts).
 */
import { placeholders } from '../content-types';
import { sharedPlaceholders } from '../content-types/placeholders';

export interface PlaceholderProblem {
  line: number;
  field: string;
  message: string;
}

const texts = Object.values(placeholders);

/** One finding per line that still holds an example text (YAML comments do not count). */
export function placeholderProblems(text: string): PlaceholderProblem[] {
  const out: PlaceholderProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line.startsWith('#') && !line.startsWith('##')) return;
    const found = texts.find((t) =>
      t.startsWith('##') || t === sharedPlaceholders.bodyMore ? line === t : line.includes(t),
    );
    if (!found) return;
    const field = /^\s*([A-Za-z]+):/.exec(raw)?.[1] ?? 'tekst';
    const message =
      found === sharedPlaceholders.bodyHeading
        ? 'Deze tussenkop komt uit het voorbeeld van npm run nieuw. Schrijf je eigen tussenkop, of haal hem weg.'
        : `Hier staat nog de voorbeeldtekst van npm run nieuw ("${found}"). Vervang die door je eigen tekst.`;
    out.push({ line: i + 1, field, message });
  });
  return out;
}
