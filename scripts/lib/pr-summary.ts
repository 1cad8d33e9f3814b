/**
 * The Dutch summary a pull request's check writes for the editor: what passed,
 * what to do when something failed, and where to see the result (a deploy
 * preview's address when the host gives one, else the downloadable build).
 */
export type Outcome = 'success' | 'failure' | 'cancelled' | 'skipped' | '';

export interface SummaryInput {
  /** The content check (`npm run check:content`). */
  content: Outcome;
  /** Building the site with the editor's content (`echt` from `npm run test:sites`). */
  build: Outcome;
  /** Building the developers' test sites with example content (`testsites`); empty when unknown. */
  fixtures?: Outcome | undefined;
  /** `npm test`. */
  tests: Outcome;
  /** A deploy preview's address (Netlify, Cloudflare Pages), when the host reports one. */
  previewUrl?: string | undefined;
  /** The page of this run, where the built site can be downloaded. */
  runUrl?: string | undefined;
}

const line = (what: string, outcome: Outcome, fix: string) =>
  outcome === 'success'
    ? `- ✅ ${what}: in orde.`
    : outcome === 'failure'
      ? `- ❌ ${what}: niet in orde. ${fix}`
      : `- ⏸️ ${what}: niet uitgevoerd, omdat een eerdere stap faalde.`;

export function prSummary(i: SummaryInput): string {
  const ok = i.content === 'success' && i.build === 'success' && i.tests === 'success';
  const preview = i.previewUrl
    ? `**Bekijk het resultaat:** ${i.previewUrl} (een voorbeeld van de hele site met jouw wijziging; in de redactieomgeving staat dezelfde link onder "Voorbeeld bekijken").`
    : `**Bekijk het resultaat:** download onderaan ${i.runUrl ? `[deze pagina](${i.runUrl})` : 'deze pagina'} het bestand **site-voorbeeld** en vraag een ontwikkelaar het te openen. Deze host geeft geen voorbeeldadres per wijziging (zie docs/deploy.md).`;
  return [
    `## ${ok ? 'Alles in orde: een collega kan je wijziging nakijken' : 'Er moet nog iets worden aangepast'}`,
    '',
    line(
      'Inhoud (velden, datums, toestemming, afbeeldingen)',
      i.content,
      'Open het tabblad **Files changed**: bij de regel met de fout staat wat je moet aanpassen.',
    ),
    line(
      'Site bouwen',
      i.build,
      i.content === 'success'
        ? 'De inhoudscontrole vond geen fout in je wijziging, dus de oorzaak zit in de site zelf: vraag een ontwikkelaar om mee te kijken.'
        : 'Los eerst de fouten in de inhoud op.',
    ),
    ...(i.fixtures === 'failure'
      ? [
          line(
            'Testsites van de ontwikkelaars',
            i.fixtures,
            'Die gebruiken voorbeeldinhoud, niet jouw wijziging: vraag een ontwikkelaar om mee te kijken.',
          ),
        ]
      : []),
    line('Tests (toegankelijkheid, links, snelheid)', i.tests, 'Vraag een ontwikkelaar om mee te kijken.'),
    '',
    i.build === 'success' ? preview : 'Er is nog geen voorbeeld: de site kon niet gebouwd worden.',
    '',
  ].join('\n');
}
