/**
 * New content files with every field filled in or explained, and a body to
 * write in: `npm run nieuw -- verhaal --titel "…"`. Pure: the CLI asks for the
 * facts and writes the file; this module only composes the text.
 */
import { eventCategories, idFromTitle, sectors } from '../lib/vocabulary';

export const scaffoldTypes = {
  verhaal: { folder: 'verhalen', needs: ['titel', 'school', 'sector', 'afbeelding'] },
  evenement: { folder: 'agenda', needs: ['titel', 'start', 'categorie'] },
  tour: { folder: 'tour', needs: ['titel', 'school', 'datum', 'locatie'] },
  ambassadeur: { folder: 'ambassadeurs', needs: ['naam', 'school', 'schooljaar', 'portret', 'vastgelegd'] },
  gespot: { folder: 'gespot', needs: ['titel', 'waar', 'afbeelding'] },
} as const;
export type ScaffoldType = keyof typeof scaffoldTypes;

/** Questions the CLI asks for each fact, in Dutch. */
export const questions: Record<string, string> = {
  titel: 'Titel (kort en concreet)',
  naam: 'Naam zoals die op de site mag staan (vaak alleen de voornaam)',
  school: 'School (id uit content/scholen/, bijvoorbeeld grafisch-lyceum-utrecht)',
  sector: `Sector (${sectors.join(', ')})`,
  afbeelding: 'Bestandsnaam van de afbeelding in content/afbeeldingen/ (bijvoorbeeld bouw.jpg)',
  portret: 'Bestandsnaam van het portret in content/afbeeldingen/',
  start: 'Startdatum (JJJJ-MM-DD, of JJJJ-MM als er alleen een maand bekend is)',
  categorie: `Categorie (${eventCategories.join(', ')})`,
  datum: 'Datum van het bezoek (JJJJ-MM-DD, of JJJJ-MM)',
  locatie: 'Locatie of academie',
  schooljaar: 'Schooljaar als ambassadeur (bijvoorbeeld 2026-2027)',
  vastgelegd: 'Waar ligt het getekende toestemmingsformulier?',
  waar: 'Waar in de stad is het merk te zien?',
  ambassadeur: 'Ambassadeur over wie het gaat (id uit content/ambassadeurs/; leeg laten als het niet over iemand gaat)',
};

/** What exists in the content folder, for the facts that must name something that exists. */
export interface ExistingContent {
  scholen: string[];
  ambassadeurs: string[];
  afbeeldingen: string[];
}

/** The allowed values of a fact, or undefined when any text will do. */
export function choicesFor(key: string, existing: ExistingContent): readonly string[] | undefined {
  if (key === 'school') return existing.scholen;
  if (key === 'ambassadeur') return existing.ambassadeurs;
  if (key === 'sector') return sectors;
  if (key === 'categorie') return eventCategories;
  if (key === 'afbeelding' || key === 'portret') return existing.afbeeldingen;
  return undefined;
}

/** A Dutch message when a fact names something that does not exist, with the choices; else undefined. */
export function factProblem(key: string, value: string, existing: ExistingContent): string | undefined {
  const options = choicesFor(key, existing);
  if (!options || options.includes(value)) return undefined;
  if (options.length === 0) return `'${value}' bestaat niet, en er is nog niets om uit te kiezen in content/${key === 'school' ? 'scholen' : key === 'ambassadeur' ? 'ambassadeurs' : 'afbeeldingen'}/.`;
  return `'${value}' kan niet bij ${key}. Kies uit: ${options.join(', ')}.`;
}

export interface ScaffoldInput {
  type: ScaffoldType;
  facts: Record<string, string>;
  /** Today in Utrecht, YYYY-MM-DD. */
  today: string;
  /** Write .mdx (for editor components) instead of .md. */
  mdx?: boolean;
}

/** A file name from a title: the vocabulary's id rule, at most 60 characters. */
export function slugify(text: string): string {
  return idFromTitle(text).slice(0, 60).replace(/-+$/, '');
}

/**
 * The example texts `npm run nieuw` writes. The content check reports each one as an
 * error until the editor has replaced it, so a scaffold never goes live as it is.
 */
export const placeholders = {
  storySummary: "Schrijf hier in één of twee korte zinnen waar het verhaal over gaat.",
  eventSummary: "Schrijf hier in één of twee korte zinnen wat er gebeurt en wat mbo-studenten doen.",
  visitSummary: "Schrijf hier in één of twee korte zinnen wat de wethouder deed en zag.",
  personSummary: "Schrijf hier in één of twee korte zinnen wie dit is.",
  source: "Welk document en welke paragraaf, of een webadres.",
  spottedSource: "Wie het zag en wanneer, of welk document het noemt.",
  imageAlt: "Beschrijf wat er op de afbeelding te zien is.",
  portraitAlt: "Beschrijf wat er op het portret te zien is.",
  spottedWhat: "Wat draagt het merk? Bijvoorbeeld: een sticker op de bus.",
  spottedContribution: "Welke mbo'ers droegen bij? Een opleiding of groep; een naam alleen met toestemming.",
  bodyLead: "Schrijf hier de tekst. Korte zinnen, gewone woorden (B1). Een tussenkop maak je met ##.",
  bodyHeading: "## Een tussenkop",
  bodyMore: "Meer tekst.",
} as const;

const q = (s: string) => JSON.stringify(s);

function frontMatter(i: ScaffoldInput): string {
  const f = i.facts;
  switch (i.type) {
    case 'verhaal':
      return `titel: ${q(f.titel!)}
# Eén of twee zinnen voor lijsten, zoekresultaten en links (max. 160 tekens).
samenvatting: ${q(placeholders.storySummary)}
# Ids uit content/ambassadeurs/ (leeg laten als het verhaal niet over een ambassadeur gaat).
ambassadeurs: [${f.ambassadeur ?? ''}]
scholen: [${f.school}]
sector: ${f.sector}
# Wanneer gebeurde het of werd het gezegd? Zo precies als de bron zegt: JJJJ-MM-DD, JJJJ-MM of JJJJ.
# Noemt de bron geen datum? Laat deze regel dan weg (verzin geen datum).
# gebeurd: JJJJ-MM-DD
# De dag dat het verhaal op deze site komt.
datum: ${i.today}
# Waar komen de feiten vandaan? Document en paragraaf, of een webadres. Staat op de pagina als "Bron".
bron: ${q(placeholders.source)}
afbeelding:
  src: ../afbeeldingen/${f.afbeelding}
  # Wat is er te zien? Niet "foto": beschrijf het beeld.
  alt: ${q(placeholders.imageAlt)}
tags: []
# Zet op true om het verhaal nog niet te publiceren.
draft: false`;
    case 'evenement':
      return `titel: ${q(f.titel!)}
samenvatting: ${q(placeholders.eventSummary)}
# JJJJ-MM-DD, "JJJJ-MM-DDTuu:mm" met tijd, of JJJJ-MM / JJJJ als de bron alleen maand of jaar noemt.
# Noemt de bron geen datum? Laat start dan weg. Verzin nooit een periode.
start: ${/T/.test(f.start!) ? q(f.start!) : f.start}
# eind (alleen bij een hele datum): ${f.start}
categorie: ${f.categorie}
# Ids uit content/scholen/ van de scholen die meedoen.
scholen: [${f.school ?? ''}]
# Ids uit content/ambassadeurs/ van wie meedoet. Noem een naam in de tekst alleen met <Persoon id="…" /> (in .mdx).
ambassadeurs: []
# Waar komen de feiten vandaan? Document en paragraaf, of een webadres. Staat op de pagina als "Bron".
bron: ${q(placeholders.source)}
# Alleen als de bron een plek noemt:
# locatie:
#   naam: Naam van de plek
#   adres: Straat 1
#   plaats: Utrecht
# aanmelden: https://…
# Alleen als een bron zegt wat er gebeurde (een voorbije datum is geen uitkomst):
# uitkomst:
#   soort: gehouden (of afgelast, verplaatst)
#   tekst: Wat er gebeurde, in één zin, zoals de bron het zegt.
#   bron: Waar staat dat? Document en paragraaf, of een webadres.
#   oorspronkelijk: 2022-10-01 (alleen bij verplaatst: de oude datum; de nieuwe staat bij start)
draft: false`;
    case 'tour':
      return `titel: ${q(f.titel!)}
datum: ${f.datum}
school: ${f.school}
locatie: ${q(f.locatie!)}
# Opleidingen die de wethouder bezocht, bijvoorbeeld [verpleegkunde, ict].
opleidingen: []
# Met wie is gesproken: een rol, en alleen een naam als de persoon dat goedvindt.
ontmoet:
  - rol: studenten
samenvatting: ${q(placeholders.visitSummary)}
# Ids uit content/ambassadeurs/ van ambassadeurs die erbij waren.
ambassadeurs: []
# Waar komen de feiten vandaan? Document en paragraaf, of een webadres. Staat op de pagina als "Bron".
bron: ${q(placeholders.source)}
# fotos:
#   - src: ../afbeeldingen/bezoek.jpg
#     alt: Wat er op de foto te zien is
# De dag dat dit stuk op deze site komt (voor de nieuwsfeed), niet de dag van het bezoek.
gepubliceerd: ${i.today}
draft: false`;
    case 'ambassadeur': {
      const under16 = f.onder16 === 'ja';
      return `naam: ${q(f.naam!)}
# student, leerbedrijf of prominent
soort: ${f.soort ?? 'student'}
school: ${f.school}
# opleiding: Naam van de opleiding
# niveau: 4
jaren: [${f.schooljaar}]
samenvatting: ${q(placeholders.personSummary)}
portret:
  src: ../afbeeldingen/${f.portret}
  alt: ${q(placeholders.portraitAlt)}
  # true als het een echte foto van de persoon is (dan is een getekend formulier nodig).
  toontPersonen: false
# Zonder vastgelegde toestemming verschijnt niets. Schrijf op hoe je de toestemming echt kreeg:
# basis: formulier (getekend formulier; jonger dan 16? dan tekent een ouder of voogd), of
# basis: openbare-bron (een openbaar document noemt deze persoon al; dat dekt alleen wat daarin staat, nooit een foto).
toestemming:
  basis: formulier
  gegeven: ${f.gegeven ?? i.today}
  door: ${under16 ? 'ouder' : 'zelf'}
  onder16: ${under16}
  # Een verwijzing (bijvoorbeeld een zaaknummer), nooit een scan.
  vastgelegd: ${q(f.vastgelegd!)}
  # Laatste dag dat het verhaal online mag; daarna verdwijnt het bij de volgende build.
  # tot: JJJJ-MM-DD
draft: false`;
    }
    case 'gespot':
      return `titel: ${q(f.titel!)}
wat: ${q(placeholders.spottedWhat)}
waar: ${q(f.waar!)}
bijdrage: ${q(placeholders.spottedContribution)}
scholen: [${f.school ?? ''}]
# gepland (een plan noemt de plek) of gezien (het merk is er echt)
stand: gezien
datum: ${i.today}
bron: ${q(placeholders.spottedSource)}
afbeelding:
  src: ../afbeeldingen/${f.afbeelding}
  alt: ${q(placeholders.imageAlt)}
draft: false`;
  }
}

function body(i: ScaffoldInput): string {
  const lead = placeholders.bodyLead;
  const example = i.mdx
    ? `

{/* Voorbeelden van onderdelen (haal weg wat je niet gebruikt):
<Citaat wie="Naam" bron="Waar en wanneer gezegd">Precies de woorden uit de bron.</Citaat>
<Feiten titel="In het kort">

- Eerste feit

</Feiten>
<Knop href="../../agenda/">Bekijk de agenda</Knop>
*/}`
    : '';
  return `${lead}

${placeholders.bodyHeading}

${placeholders.bodyMore}${example}
`;
}

/** The file to write: folder, id, extension and full text. */
export function scaffold(i: ScaffoldInput): { folder: string; id: string; ext: 'md' | 'mdx'; text: string } {
  const spec = scaffoldTypes[i.type];
  const id = i.facts.id ?? slugify(i.facts.titel ?? i.facts.naam ?? '');
  if (!id) throw new Error('Geef een titel (of naam): daar wordt de bestandsnaam van gemaakt.');
  const ext = i.mdx ? 'mdx' : 'md';
  return { folder: spec.folder, id, ext, text: `---\n${frontMatter(i)}\n---\n\n${body(i)}` };
}
