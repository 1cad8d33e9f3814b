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
      : outcome === 'cancelled'
        ? `- ⏹️ ${what}: gestopt, omdat de controle werd afgebroken.`
        : `- ⏸️ ${what}: niet uitgevoerd, omdat een eerdere stap faalde.`;

/** The heading: all well, the editor's content to fix, or (content passed) a later step for a developer. */
function heading(i: SummaryInput): string {
  if (i.content === 'success' && i.build === 'success' && i.tests === 'success')
    return 'Alles in orde: een collega kan je wijziging nakijken';
  if (i.content === 'success') return 'De inhoud is in orde, maar een latere controle niet: een ontwikkelaar kijkt mee';
  return 'Er moet nog iets worden aangepast';
}

export function prSummary(i: SummaryInput): string {
  const preview = i.previewUrl
    ? `**Bekijk het resultaat:** ${i.previewUrl} (een voorbeeld van de hele site met jouw wijziging; in de redactieomgeving staat dezelfde link onder "Voorbeeld bekijken").`
    : `**Bekijk het resultaat:** download onderaan ${i.runUrl ? `[deze pagina](${i.runUrl})` : 'deze pagina'} het bestand **site-voorbeeld** en vraag een ontwikkelaar het te openen. Deze host geeft geen voorbeeldadres per wijziging (zie docs/deploy.md).`;
  return [
    `## ${heading(i)}`,
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
        ? 'De inhoudscontrole vond geen fout in je wijziging, dus dit is een fout in de site, ook als jouw tekst hem uitlokte: vraag een ontwikkelaar om mee te kijken.'
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
    line(
      'Tests (toegankelijkheid, links, snelheid)',
      i.tests,
      'Dat kan aan de site liggen of aan je wijziging (bijvoorbeeld een pagina die weg is): vraag een ontwikkelaar om mee te kijken.',
    ),
    '',
    i.build === 'success'
      ? preview
      : i.build === 'failure'
        ? 'Er is nog geen voorbeeld: de site kon niet gebouwd worden.'
        : 'Er is nog geen voorbeeld: de site is niet gebouwd.',
    '',
  ].join('\n');
}
