/**
 * What the checker says about an ambassador's consent at a moment: a warning, both when it has ended
 * and when it has not begun. Never an error: setting `tot` is how an editor takes someone offline, and
 * the publishing workflow runs this check before it builds. An error there would stop the very build
 * that removes the person, and keep the old site (with the name) online.
 */
import { consentProblem } from '../lib/publication';
import type { ConsentRecord } from '../lib/vocabulary';

export interface ConsentFinding {
  path: string[];
  message: string;
  /** Always a warning (see above). */
  severity: 'warning';
}

/** `mentions`: the other files about this person; stories go offline with them, other files lose the name. */
export function consentFinding(
  consent: ConsentRecord,
  now: Date,
  mentions: { file: string; story: boolean }[],
): ConsentFinding | undefined {
  const problem = consentProblem(consent, now);
  if (!problem) return undefined;
  const offline = mentions.filter((m) => m.story).map((m) => m.file);
  const unnamed = mentions.filter((m) => !m.story).map((m) => m.file);
  if (problem.kind === 'expired') {
    return {
      path: ['toestemming', 'tot'],
      severity: 'warning',
      message:
        `De toestemming is verlopen (${problem.date}). Vanaf de volgende build staat deze persoon niet meer op de site, en ook niets wat over hem of haar gaat.` +
        (offline.length ? ` Offline: ${offline.join(', ')}.` : '') +
        (unnamed.length ? ` Zonder de naam: ${unnamed.join(', ')}.` : '') +
        ' Heb je het bestand niet meer nodig? Haal het dan weg.',
    };
  }
  const startField = consent.basis === 'formulier' ? 'gegeven' : 'datum';
  return {
    path: ['toestemming', startField],
    severity: 'warning',
    message:
      `De toestemming gaat pas in op ${problem.date}. Tot die dag staat deze persoon niet op de site, en ook niets wat over hem of haar gaat.` +
      (offline.length ? ` Offline tot dan: ${offline.join(', ')}.` : '') +
      (unnamed.length ? ` Zonder de naam tot dan: ${unnamed.join(', ')}.` : ''),
  };
}
