/**
 * What editors read in the CMS form (/admin/) for every field of every schema:
 * a Dutch label and a hint at B1 level. The schemas' doc comments are English,
 * for developers; these texts are for the communication staff. The types below
 * make the compiler demand a text for every field of every schema, so a new
 * field cannot reach the form unlabelled. The CMS configuration is generated
 * from the schemas plus these texts (src/admin/cms-config.ts).
 */
import type { z } from 'astro/zod';
import type { ambassadorSchema, consentSchema } from './ambassadeurs';
import type { eventSchema } from './agenda';
import type { spottedSchema } from './gespot';
import type { pageSchema } from './paginas';
import type { schoolSchema } from './scholen';
import type { tourSchema } from './tour';
import type { storySchema } from './verhalen';
import type { CollectionName } from './collections';

export interface FieldText {
  label: string;
  hint?: string;
  /** Texts of the fields of an object, or of each item of a list of objects. */
  fields?: Record<string, FieldText>;
}

type Unwrap<T> = NonNullable<T> extends (infer I)[] ? NonNullable<I> : NonNullable<T>;
/** Whether a field is a group of named fields (not a value, not an image file). */
type IsGroup<U> = U extends string | number | boolean | Date ? false : keyof U extends never ? false : U extends { width: unknown; height: unknown } ? false : true;
/** One text per field of a schema's input; objects and lists of objects name their own fields. */
type Texts<T> = { [K in keyof Required<T>]-?: IsGroup<Unwrap<T[K]>> extends true ? FieldText & { fields: Texts<Unwrap<T[K]>> } : FieldText };
type In<S extends (...args: never[]) => z.ZodType> = z.input<ReturnType<S>>;

/** An image slot: the file, what it shows, and whether a real person is on it. */
const figure = (what: string) => ({
  label: what,
  hint: 'Een eerlijke tekening of een echte foto, geen stockfoto. Een foto van een echt persoon mag alleen met een getekend toestemmingsformulier.',
  fields: {
    src: { label: 'Bestand', hint: 'JPG, PNG of WebP. Een iPhone-foto (HEIC) wordt bij het uploaden omgezet; plaats en maker worden uit het bestand gehaald.' },
    alt: { label: 'Wat staat erop? (alt-tekst)', hint: 'Beschrijf in één zin wat er te zien is, voor wie het beeld niet kan zien. Niet "foto" of een bestandsnaam.' },
    toontPersonen: { label: 'Er staat een echt persoon op', hint: 'Aanvinken bij een foto van een echt persoon. Bij een ambassadeur kan dat alleen met toestemming via een formulier.' },
  },
});

const source = { label: 'Bron', hint: 'Waar komt dit vandaan? Het document en de paragraaf, of een webadres. Staat op de pagina als "Bron".' };
const draft = { label: 'Nog niet publiceren (concept)', hint: 'Aangevinkt: het staat niet op de site, ook niet na goedkeuring.' };
const ambassadors = { label: 'Ambassadeurs', hint: 'Over wie gaat het? Alleen mensen met geldige toestemming worden getoond.' };
const schools = { label: 'Scholen', hint: 'Welke scholen doen mee?' };
const summary = { label: 'Samenvatting', hint: 'Eén of twee zinnen voor overzichten, zoeken en links in WhatsApp. Maximaal 160 tekens.' };
const title = { label: 'Titel', hint: 'Kort en concreet. Maximaal 90 tekens.' };
const precision = { label: 'Hoe precies is de datum?', hint: 'Leeg laten: volgt uit de datum. Zeg nooit meer dan de bron: alleen een maand? Kies maand.' };
const location = {
  naam: { label: 'Naam van de plek', hint: 'Bijvoorbeeld "Future Care Labs".' },
  adres: { label: 'Adres', hint: 'Straat en nummer, alleen als de bron het geeft.' },
  plaats: { label: 'Plaats', hint: 'Leeg laten is Utrecht.' },
};
/** A date as precise as the source: a year, a month or a day. */
const vagueDate = (what: string) => ({ label: what, hint: 'Zo precies als de bron: 2019, 2019-11 of 2019-11-05. Weet de bron het niet? Laat het leeg.' });

export const consentTexts: Texts<z.input<typeof consentSchema>> = {
  basis: { label: 'Hoe is de toestemming gekregen?', hint: 'Formulier: de persoon (of onder 16 een ouder) tekende. Openbare bron: een openbaar document noemt de persoon al.' },
  gegeven: { label: 'Datum van ondertekening', hint: 'De dag waarop het formulier getekend is.' },
  door: { label: 'Wie tekende?', hint: 'De persoon zelf, of een ouder of voogd. Was de persoon jonger dan 16? Dan tekent een ouder.' },
  onder16: { label: 'Jonger dan 16 bij het tekenen', hint: 'Aanvinken als de persoon toen jonger dan 16 was. Dan moet "door" ouder zijn.' },
  vastgelegd: { label: 'Waar ligt het formulier?', hint: 'Een verwijzing, zoals een zaaknummer. Nooit een scan uploaden.' },
  bron: { label: 'Welk openbaar document?', hint: 'Het document en waar erin, zoals "Uitvoeringsplan, voorwoord".' },
  datum: { label: 'Datum van de bron', hint: 'Alleen zo precies als de bron het zegt. Geen datum bekend? Laat leeg.' },
  omvat: { label: 'Wat maakte de bron openbaar?', hint: 'Bijvoorbeeld: voornaam, school en de geciteerde woorden. Alleen dat mag op de site.' },
  tot: { label: 'Toestemming geldig tot en met', hint: 'Na deze dag verdwijnt de persoon bij de volgende build van elke pagina. Leeg: geen einddatum.' },
};

export const formTexts: { [C in CollectionName]: { label: string; singular: string; fields: Texts<C extends 'verhalen' ? In<typeof storySchema> : C extends 'ambassadeurs' ? In<typeof ambassadorSchema> : C extends 'agenda' ? In<typeof eventSchema> : C extends 'tour' ? In<typeof tourSchema> : C extends 'gespot' ? In<typeof spottedSchema> : C extends 'scholen' ? z.input<typeof schoolSchema> : z.input<typeof pageSchema>> } } = {
  verhalen: {
    label: 'Verhalen',
    singular: 'Verhaal',
    fields: {
      titel: title,
      samenvatting: summary,
      ambassadeurs: ambassadors,
      scholen: schools,
      sector: { label: 'Sector', hint: 'Bij welke sector hoort het verhaal?' },
      gebeurd: vagueDate('Wanneer gebeurde het?'),
      datum: { label: 'Publicatiedatum', hint: 'De dag waarop het verhaal op deze site verschijnt.' },
      bron: source,
      afbeelding: figure('Hoofdafbeelding'),
      tags: { label: 'Trefwoorden', hint: 'Losse woorden in kleine letters, zoals techniek.' },
      draft,
    },
  },
  ambassadeurs: {
    label: 'Ambassadeurs',
    singular: 'Ambassadeur',
    fields: {
      naam: { label: 'Naam', hint: 'Zoals die op de site mag staan; bij studenten vaak alleen de voornaam.' },
      soort: { label: 'Soort ambassadeur', hint: 'Student, leerbedrijf of een bekende Utrechter die mbo deed.' },
      school: { label: 'School', hint: 'De school die deze persoon vertegenwoordigt.' },
      opleiding: { label: 'Opleiding', hint: 'Alleen als een bron de opleiding noemt.' },
      niveau: { label: 'Niveau', hint: 'Mbo-niveau 1 tot en met 4, alleen als het bekend is.' },
      jaren: { label: 'Schooljaren als ambassadeur', hint: 'Zoals 2019-2020. Alleen als een bron het zegt.' },
      portret: figure('Portret'),
      citaat: {
        label: 'Citaat',
        hint: 'Alleen woorden die letterlijk in een bron staan, met die bron erbij.',
        fields: {
          tekst: { label: 'Letterlijke woorden', hint: 'Precies zoals de bron ze opschreef. Maximaal 400 tekens.' },
          bron: { label: 'Bron van het citaat', hint: 'Waar en wanneer gezegd, zoals "Raadsinformatiebijeenkomst, 5 november 2019".' },
        },
      },
      samenvatting: summary,
      toestemming: {
        label: 'Toestemming',
        hint: 'Zonder vastgelegde toestemming publiceren we niets over deze persoon. Kies eerst hoe de toestemming is gekregen; vul dan alleen de velden in die daarbij horen. Verzin niets.',
        fields: consentTexts,
      },
      draft,
    },
  },
  agenda: {
    label: 'Agenda',
    singular: 'Evenement',
    fields: {
      titel: title,
      samenvatting: summary,
      start: { label: 'Start', hint: 'Zo precies als de bron: 2022-08-19, 2022-08-19T14:00 (Utrechtse tijd), 2020-08 of 2021. Geen datum bekend? Laat leeg.' },
      eind: { label: 'Einde', hint: 'Alleen bij een hele startdatum, in dezelfde vorm. Leeg bij één dag. Verzin geen periode.' },
      heleDag: { label: 'Duurt de hele dag', hint: 'Leeg laten: zonder tijd is het de hele dag.' },
      precisie: precision,
      locatie: { label: 'Locatie', hint: 'Alleen als de bron een plek noemt. Noemt de bron geen plek? Laat leeg.', fields: location },
      ambassadeurs: ambassadors,
      bron: source,
      scholen: schools,
      categorie: { label: 'Soort evenement', hint: 'Voor het filter op de agenda.' },
      uitkomst: {
        label: 'Uitkomst (alleen met bron)',
        hint: 'Alleen invullen als een bron zegt wat er gebeurde. Een datum die voorbij is, zegt niet of het evenement doorging. Leeg: de site zegt niets over de afloop.',
        fields: {
          soort: { label: 'Wat gebeurde er?', hint: 'Gehouden, afgelast of verplaatst, zoals de bron het zegt.' },
          tekst: { label: 'In één zin', hint: 'Wat er gebeurde, zoals de bron het vertelt. Maximaal 200 tekens.' },
          bron: { label: 'Bron van de uitkomst', hint: 'Verplicht. Waar staat dat het zo ging? Het document en de paragraaf, of een webadres.' },
          oorspronkelijk: { label: 'Oorspronkelijke datum', hint: 'Alleen bij verplaatst: de oude datum. De nieuwe staat bij Start.' },
        },
      },
      volgnummer: { label: 'Volgnummer', hint: 'Eén hoger bij elke wijziging van datum, tijd, plek of uitkomst, zodat agenda’s van abonnees bijwerken.' },
      aanmelden: { label: 'Aanmeldlink', hint: 'Een webadres dat begint met https://, als aanmelden nodig is.' },
      afbeelding: figure('Afbeelding'),
      draft,
    },
  },
  tour: {
    label: 'Mbo Tour 030',
    singular: 'Bezoek',
    fields: {
      titel: title,
      datum: vagueDate('Datum van het bezoek'),
      gepubliceerd: { label: 'Publicatiedatum', hint: 'De dag waarop dit stuk op deze site verschijnt (voor de nieuwsfeed). Niet de dag van het bezoek.' },
      precisie: precision,
      school: { label: 'School', hint: 'De school die bezocht werd.' },
      locatie: { label: 'Locatie of academie', hint: 'Welke locatie werd bezocht.' },
      opleidingen: { label: 'Opleidingen', hint: 'Welke opleidingen werden bezocht.' },
      ontmoet: {
        label: 'Wie werd ontmoet?',
        hint: 'Een rol, en een naam alleen als de bron de persoon noemt.',
        fields: { rol: { label: 'Rol', hint: 'Bijvoorbeeld "docent" of "studenten zorg".' }, naam: { label: 'Naam', hint: 'Alleen als de bron deze naam noemt.' } },
      },
      ambassadeurs: ambassadors,
      bron: source,
      samenvatting: summary,
      fotos: figure('Foto’s of tekeningen'),
      draft,
    },
  },
  scholen: {
    label: 'Scholen',
    singular: 'School',
    fields: {
      naam: { label: 'Volledige naam', hint: 'Zoals de school die schrijft, zoals "ROC Midden Nederland".' },
      korteNaam: { label: 'Korte naam', hint: 'De naam die lezers kennen, zoals GLU. Maximaal 24 tekens.' },
      website: { label: 'Website', hint: 'Het webadres van de school, beginnend met https://.' },
      omschrijving: { label: 'Omschrijving', hint: 'Eén of twee zinnen over de school, in gewone taal. Maximaal 300 tekens.' },
      locaties: { label: 'Locaties', hint: 'Locaties en academies die de bronnen noemen.', fields: location },
    },
  },
  paginas: {
    label: 'Vaste pagina’s',
    singular: 'Pagina',
    fields: {
      titel: title,
      beschrijving: { label: 'Beschrijving', hint: 'Eén zin voor zoekresultaten en links. Maximaal 160 tekens.' },
      intro: { label: 'Inleiding', hint: 'Korte inleiding onder de kop. Maximaal 300 tekens.' },
    },
  },
  gespot: {
    label: 'Gespot',
    singular: 'Plek',
    fields: {
      titel: { label: 'Titel', hint: 'Kort, zoals "In de stadsbus". Maximaal 60 tekens.' },
      wat: { label: 'Wat draagt het merk?', hint: 'Bijvoorbeeld "stickers in de stadsbussen".' },
      waar: { label: 'Waar in de stad?', hint: 'De plek in Utrecht.' },
      bijdrage: { label: 'Bijdrage van mbo’ers', hint: 'Een opleiding of groep; een naam alleen met toestemming.' },
      scholen: schools,
      stand: { label: 'Stand', hint: 'Gepland (een plan noemt de plek) of gezien (het merk is er echt).' },
      datum: vagueDate('Datum'),
      bron: source,
      afbeelding: figure('Afbeelding'),
      volgorde: { label: 'Volgorde', hint: 'Lager komt eerder in de galerij.' },
      draft,
    },
  },
};

/** The text of the body of a Markdown entry. */
export const bodyText: FieldText = { label: 'Tekst', hint: 'Korte zinnen en tussenkoppen. Links naar andere pagina’s relatief, zoals ../verhalen/fleur-eigen-bedrijf/.' };
