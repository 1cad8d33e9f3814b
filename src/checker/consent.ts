/** What the checker says about an ambassador's consent at a moment: ended is an error, not yet begun a warning. */
import { consentProblem } from '../lib/publication';
import type { ConsentRecord } from '../lib/vocabulary';

export interface ConsentFinding {
  path: string[];
  message: string;
  severity: 'error' | 'warning';
}

/** `mentions`: the other files about this person; stories go offline with them, other files lose the name. */
export function consentFinding(
  consent: ConsentRecord,
  now: Date,
  mentions: { file: string; story: boolean }[],
): ConsentFinding | undefined {
  const problem = consentProblem(consent, now);
  if (!problem) return undefined;
  if (problem.kind === 'expired') {
    return {
      path: ['toestemming', 'tot'],
      severity: 'error',
      message: `De toestemming is verlopen (${problem.date}). Deze persoon en de verhalen over hem of haar verdwijnen van de site. Haal het bestand weg, of leg nieuwe toestemming vast en pas tot aan.`,
    };
  }
  const startField = consent.basis === 'formulier' ? 'gegeven' : 'datum';
  const offline = mentions.filter((m) => m.story).map((m) => m.file);
  const unnamed = mentions.filter((m) => !m.story).map((m) => m.file);
  return {
    path: ['toestemming', startField],
    severity: 'warning',
    message:
      `De toestemming gaat pas in op ${problem.date}. Tot die dag staat deze persoon niet op de site, en ook niets wat over hem of haar gaat.` +
      (offline.length ? ` Offline tot dan: ${offline.join(', ')}.` : '') +
      (unnamed.length ? ` Zonder de naam tot dan: ${unnamed.join(', ')}.` : ''),
  };
}
