/**
 * The example texts `npm run nieuw` writes that several types share. The content
 * check reports each example text (these and every type's own, see
 * `allPlaceholders` in index.ts) as an error until the editor has replaced it,
 * so a new file never goes live as it was written.
 */
export const sharedPlaceholders = {
  source: 'Welk document en welke paragraaf, of een webadres.',
  imageAlt: 'Beschrijf wat er op de afbeelding te zien is.',
  bodyLead: 'Schrijf hier de tekst. Korte zinnen, gewone woorden (B1). Een tussenkop maak je met ##.',
  bodyHeading: '## Een tussenkop',
  bodyMore: 'Meer tekst.',
} as const;

/** A YAML string value, quoted. */
export const q = (s: string) => JSON.stringify(s);
