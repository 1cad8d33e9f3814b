/**
 * Dutch form texts that several content types share (the CMS form at /admin/).
 * Limits are not written here: the CMS generator adds "Maximaal N tekens." from
 * the schema (src/admin/cms-config.ts), so text and rule cannot differ.
 */
import type { FieldText } from './content-type';

/** An image slot: the file, what it shows, and whether a real person is on it. */
export const figure = (what: string) => ({
  label: what,
  hint: 'Een eerlijke tekening of een echte foto, geen stockfoto. Een foto van een echt persoon mag alleen met een getekend toestemmingsformulier.',
  fields: {
    src: {
      label: 'Bestand',
      hint: 'JPG, PNG of WebP. Een iPhone-foto (HEIC) wordt bij het uploaden omgezet; plaats en maker worden uit het bestand gehaald.',
    },
    alt: {
      label: 'Wat staat erop? (alt-tekst)',
      hint: 'Beschrijf in één zin wat er te zien is, voor wie het beeld niet kan zien. Niet "foto" of een bestandsnaam.',
    },
    toontPersonen: {
      label: 'Er staat een echt persoon op',
      hint: 'Aanvinken bij een foto van een echt persoon. Bij een ambassadeur kan dat alleen met toestemming via een formulier.',
    },
  },
});

export const source: FieldText = {
  label: 'Bron',
  hint: 'Waar komt dit vandaan? Het document en de paragraaf, of een webadres. Staat op de pagina als "Bron".',
};
export const draft: FieldText = {
  label: 'Nog niet publiceren (concept)',
  hint: 'Aangevinkt: het staat niet op de site, ook niet na goedkeuring.',
};
export const ambassadors: FieldText = {
  label: 'Ambassadeurs',
  hint: 'Over wie gaat het? Alleen mensen met geldige toestemming worden getoond.',
};
export const schools: FieldText = { label: 'Scholen', hint: 'Welke scholen doen mee?' };
export const summary: FieldText = {
  label: 'Samenvatting',
  hint: 'Eén of twee zinnen voor overzichten, zoeken en links in WhatsApp.',
};
export const title: FieldText = { label: 'Titel', hint: 'Kort en concreet.' };
export const precision: FieldText = {
  label: 'Hoe precies is de datum?',
  hint: 'Leeg laten: volgt uit de datum. Zeg nooit meer dan de bron: alleen een maand? Kies maand.',
};
export const location = {
  naam: { label: 'Naam van de plek', hint: 'Bijvoorbeeld "Future Care Labs".' },
  adres: { label: 'Adres', hint: 'Straat en nummer, alleen als de bron het geeft.' },
  plaats: { label: 'Plaats', hint: 'Leeg laten is Utrecht.' },
};
/** A date as precise as the source: a year, a month or a day. */
export const vagueDate = (what: string): FieldText => ({
  label: what,
  hint: 'Zo precies als de bron: 2019, 2019-11 of 2019-11-05. Weet de bron het niet? Laat het leeg.',
});

/** The text of the body of a Markdown entry. */
export const bodyText: FieldText = {
  label: 'Tekst',
  hint: "Korte zinnen en tussenkoppen. Links naar andere pagina's relatief, zoals ../verhalen/fleur-eigen-bedrijf/.",
};
