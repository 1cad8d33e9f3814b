/**
 * Texts that are drawn (share cards, badges) rather than rendered by the browser.
 * The drawer and this check use one rule (lib/trademark/font-chain's
 * undrawableCharacters), so they cannot disagree: what the rule names is drawn as
 * the replacement sign U+FFFD on a card (a warning here) and is refused in a school's
 * name, which every school puts on its own website as a badge (an error here).
 */
import { contentTypes, type CollectionName } from '../content-types';
import { schoolBadgeProblems } from '../lib/trademark/badge';
import { undrawableCharacters } from '../lib/trademark/font-chain';

type Add = (file: string, line: number, field: string, message: string, severity?: 'error' | 'warning') => void;

const quoted = (chars: string[]) => chars.map((c) => `'${c}'`).join(', ');

const cardWarning = (chars: string[]) =>
  `Op de deelkaart (het plaatje bij een gedeelde link) kunnen we ${quoted(chars)} niet tekenen: daar komt dan '\uFFFD'. ` +
  'Op de pagina zelf staat het goed. Wil je dat niet, schrijf het teken dan anders.';

function badgeError(chars: string[]): string {
  const them = chars.length > 1 ? 'die tekens' : 'dat teken';
  return `De badge van de school kan ${quoted(chars)} niet tekenen (geen van onze lettertypen heeft ${them}). Laat ${them} weg uit de naam.`;
}

/** Findings for the drawn field of one entry. */
export function drawnTextFindings(
  file: string,
  collection: CollectionName,
  data: Record<string, unknown>,
  lineOf: (path: readonly PropertyKey[]) => number,
  add: Add,
): void {
  // The field a type's share card draws as its title (src/content-types/).
  const field = contentTypes[collection].shareCard?.title;
  const value = field ? data[field] : undefined;
  if (!field || typeof value !== 'string') return;
  const missing = undrawableCharacters(value);
  const line = lineOf([field]);
  if (collection !== 'scholen') {
    if (missing.length) add(file, line, field, cardWarning(missing), 'warning');
    return;
  }
  if (missing.length) add(file, line, field, badgeError(missing));
  for (const problem of schoolBadgeProblems(value)) {
    add(file, line, field, `De badge van de school ${problem}. Maak de naam korter of laat tekens zoals emoji weg.`);
  }
}
