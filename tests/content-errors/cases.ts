/**
 * The bad-input corpus: one case per kind of mistake an editor can make. Each
 * case breaks one file of a clean copy of the fixture content and names the
 * exact finding the content checker must print. `build: 'fails'` marks the
 * mistakes Astro's own content sync rejects too (checked in build-agrees.test.ts).
 */
export interface BrokenCase {
  name: string;
  /** File relative to the content folder; created when `create` is set. */
  file: string;
  /** Turns the clean file's text into the broken one (or gives new text). */
  edit: (text: string) => string;
  /** Exact lines the checker prints for this file (before its summary line). */
  findings: string[];
  /** Exit code of `npm run check:content`. */
  exit: 0 | 1;
  /** 'fails' when `astro sync` (the build) rejects it too. */
  build?: 'fails';
  /** Extra files the case needs (relative path → bytes or text). */
  extra?: Record<string, string | Buffer>;
}

export const story = 'verhalen/anna-verhaal.mdx';
export const person = 'ambassadeurs/anna.mdx';
export const event = 'agenda/toekomst-reeks.mdx';

export const replace = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test case does not change the file: ${from}`);
  return next;
};
const append = (extra: string) => (text: string) => `${text}\n${extra}\n`;

const small = 'klein.png';

export const cases: BrokenCase[] = [
  // Front matter: missing, empty, too long, wrong kind of value.
  { name: 'missing title', file: story, edit: replace(/^titel: .*\n/m, ''), findings: ["content/verhalen/anna-verhaal.mdx:1: veld 'titel': Dit veld ontbreekt: vul een titel in."], exit: 1, build: 'fails' },
  { name: 'empty title', file: story, edit: replace(/^titel: .*$/m, 'titel: ""'), findings: ["content/verhalen/anna-verhaal.mdx:3: veld 'titel': Dit veld is leeg: vul een titel in."], exit: 1, build: 'fails' },
  { name: 'title too long', file: story, edit: replace(/^titel: .*$/m, `titel: ${'Een hele lange titel '.repeat(5)}`), findings: ["content/verhalen/anna-verhaal.mdx:3: veld 'titel': Te lang: maximaal 90 tekens, nu 104. Maak een titel korter."], exit: 1, build: 'fails' },
  { name: 'summary too long', file: story, edit: replace(/^samenvatting: .*$/m, `samenvatting: ${'Heel lang. '.repeat(20)}`), findings: ["content/verhalen/anna-verhaal.mdx:4: veld 'samenvatting': Te lang: maximaal 160 tekens, nu 219. Maak een samenvatting korter."], exit: 1, build: 'fails' },
  { name: 'unknown sector', file: story, edit: replace('sector: ict', 'sector: sport'), findings: ["content/verhalen/anna-verhaal.mdx:7: veld 'sector': Kies een sector: zorg en welzijn, ict, bouw en techniek, creatief, horeca en evenementen, economie en handel, veiligheid, overig."], exit: 1, build: 'fails' },
  { name: 'misspelt field name', file: story, edit: replace(/^titel:/m, 'titell:'), findings: ["content/verhalen/anna-verhaal.mdx:1: veld 'titel': Dit veld ontbreekt: vul een titel in.", "content/verhalen/anna-verhaal.mdx:3: veld 'titell': Onbekend veld 'titell'. Bedoel je 'titel'?"], exit: 1, build: 'fails' },
  { name: 'YAML syntax error (colon in unquoted text)', file: story, edit: replace(/^samenvatting: .*$/m, 'samenvatting: Anna: een verhaal: met dubbele punten'), findings: ["content/verhalen/anna-verhaal.mdx:4: veld 'opmaak': Staat er een dubbele punt (:) in de tekst? Zet de hele tekst dan tussen aanhalingstekens: veld: \"tekst: met dubbele punt\". Of mist er een dubbele punt na de veldnaam?"], exit: 1, build: 'fails' },
  // References and ids.
  { name: 'unknown school', file: story, edit: replace('scholen: [alfa-college]', 'scholen: [gamma-college]'), findings: ["content/verhalen/anna-verhaal.mdx:6: veld 'scholen.1': 'gamma-college' bestaat niet in content/scholen/. Kies een van: alfa-college, beta-school."], exit: 1, build: 'fails' },
  { name: 'unknown ambassador', file: story, edit: replace('ambassadeurs: [anna]', 'ambassadeurs: [zoe]'), findings: ["content/verhalen/anna-verhaal.mdx:5: veld 'ambassadeurs.1': 'zoe' bestaat niet in content/ambassadeurs/. Kies een van: anna, cas, dirk, eva."], exit: 1, build: 'fails' },
  { name: 'duplicate id (.md and .mdx with the same name)', file: 'verhalen/groepsverhaal.md', edit: () => '---\ntitel: Dubbel\nsamenvatting: Dubbel.\nsector: ict\ndatum: 2022-05-01\nafbeelding:\n  src: ../afbeeldingen/hero.png\n  alt: Abstracte testillustratie\n---\n\nDubbel.\n', findings: ["content/verhalen/groepsverhaal.md:1: veld 'bestandsnaam': Er zijn 2 bestanden met de id 'groepsverhaal' (groepsverhaal.md en groepsverhaal.mdx). Geef elk bestand een eigen naam.", "content/verhalen/groepsverhaal.mdx:1: veld 'bestandsnaam': Er zijn 2 bestanden met de id 'groepsverhaal' (groepsverhaal.md en groepsverhaal.mdx). Geef elk bestand een eigen naam."], exit: 1 },
  // Dates.
  { name: 'date in the wrong order', file: story, edit: replace('datum: 2022-05-01', 'datum: 01-05-2022'), findings: ["content/verhalen/anna-verhaal.mdx:8: veld 'datum': Schrijf de datum als JJJJ-MM-DD (bijvoorbeeld 2022-08-19), met een tijd als \"2022-08-19T14:00\", of alleen een maand (2020-08) of jaar (2021). Er staat nu: \"01-05-2022\"."], exit: 1, build: 'fails' },
  { name: 'a day that does not exist', file: event, edit: replace('start: 2022-09-30', 'start: 2022-02-30'), findings: ["content/agenda/toekomst-reeks.mdx:5: veld 'start': 2022-02-30 bestaat niet: die maand heeft 28 dagen."], exit: 1, build: 'fails' },
  { name: 'a month that does not exist', file: story, edit: replace('datum: 2022-05-01', 'datum: 2022-13-01'), findings: ["content/verhalen/anna-verhaal.mdx:8: veld 'datum': Maand 13 bestaat niet: gebruik 01 tot en met 12."], exit: 1, build: 'fails' },
  { name: 'end before start', file: event, edit: replace('eind: 2022-10-02', 'eind: 2022-09-01'), findings: ["content/agenda/toekomst-reeks.mdx:6: veld 'eind': De einddatum ligt vóór de startdatum. Zet het einde na het begin."], exit: 1, build: 'fails' },
  { name: 'precision claims a day the source does not give', file: 'tour/bezoek-alfa.mdx', edit: replace('datum: 2022-03-10', 'datum: 2022-03\nprecisie: dag'), findings: ["content/tour/bezoek-alfa.mdx:5: veld 'precisie': Precisie 'dag' vraagt een preciezere datum dan \"2022-03\". Geef de hele datum of kies precisie: maand."], exit: 1, build: 'fails' },
  { name: 'unknown event status', file: event, edit: replace('categorie: onderwijs', 'categorie: onderwijs\nstatus: uitgesteld'), findings: ["content/agenda/toekomst-reeks.mdx:8: veld 'status': Kies status: gepland, geannuleerd of verplaatst."], exit: 1, build: 'fails' },
  // Images and alt text.
  { name: 'image file that does not exist', file: story, edit: replace('../afbeeldingen/hero.png', '../afbeeldingen/Hero.png'), findings: ["content/verhalen/anna-verhaal.mdx:10: veld 'src': Het bestand ../afbeeldingen/Hero.png bestaat niet. Zet de afbeelding in content/afbeeldingen/ en controleer de naam (hoofdletters tellen mee)."], exit: 1, build: 'fails' },
  { name: 'missing alt text', file: story, edit: replace(/^ {2}alt: .*\n/m, ''), findings: ["content/verhalen/anna-verhaal.mdx:9: veld 'afbeelding.alt': Dit veld ontbreekt: vul de alt-tekst (wat er op de hoofdafbeelding te zien is) in."], exit: 1, build: 'fails' },
  { name: 'placeholder alt text', file: story, edit: replace(/^ {2}alt: .*$/m, '  alt: foto'), findings: ["content/verhalen/anna-verhaal.mdx:11: veld 'afbeelding.alt': Beschrijf wat er op het beeld te zien is; \"foto\" of een bestandsnaam zegt een lezer niets."], exit: 1, build: 'fails' },
  { name: 'file name as alt text', file: story, edit: replace(/^ {2}alt: .*$/m, '  alt: hero.png'), findings: ["content/verhalen/anna-verhaal.mdx:11: veld 'afbeelding.alt': Beschrijf wat er op het beeld te zien is; \"foto\" of een bestandsnaam zegt een lezer niets."], exit: 1, build: 'fails' },
  { name: 'hero image narrower than its slot', file: story, edit: replace('../afbeeldingen/hero.png', `../afbeeldingen/${small}`), findings: ["content/verhalen/anna-verhaal.mdx:10: veld 'afbeelding.src': Deze afbeelding is 600 pixels breed; hier is minstens 1200 pixels nodig, anders wordt hij wazig. Gebruik een grotere versie."], exit: 1, extra: { [`afbeeldingen/${small}`]: small } },
  { name: 'image in the text without alt text', file: story, edit: append('![](../afbeeldingen/hero.png)'), findings: ["content/verhalen/anna-verhaal.mdx:34: veld 'tekst': Deze afbeelding heeft geen goede alt-tekst. Schrijf tussen [ en ] wat er te zien is, bijvoorbeeld ![Twee studenten bouwen een muur](…)."], exit: 1 },
  // Consent.
  { name: 'missing consent', file: person, edit: replace(/^toestemming:\n(?: {2}.*\n)+/m, ''), findings: ["content/ambassadeurs/anna.mdx:1: veld 'toestemming': Dit veld ontbreekt: zonder vastgelegde toestemming publiceren we niets over deze persoon. Vul toestemming in met gegeven, door, onder16 en vastgelegd."], exit: 1, build: 'fails' },
  { name: 'under 16 without a parent', file: person, edit: replace('onder16: false', 'onder16: true'), findings: ["content/ambassadeurs/anna.mdx:13: veld 'toestemming.door': Deze persoon was jonger dan 16: een ouder of voogd moet toestemming geven. Schrijf door: ouder."], exit: 1, build: 'fails' },
  { name: 'consent that has ended', file: person, edit: replace('vastgelegd: map toestemming 2021', 'vastgelegd: map toestemming 2021\n  tot: 2022-01-31'), findings: ["content/ambassadeurs/anna.mdx:16: veld 'toestemming.tot': De toestemming is verlopen (2022-01-31). Deze persoon en de verhalen over hem of haar verdwijnen van de site. Haal het bestand weg, of leg nieuwe toestemming vast en pas tot aan."], exit: 1 },
  // Links.
  { name: 'link to a page of this site that does not exist', file: story, edit: append('Lees ook [dit verhaal](../bestaat-niet/).'), findings: ["content/verhalen/anna-verhaal.mdx:34: veld 'tekst': De pagina /verhalen/bestaat-niet/ bestaat niet op deze site. Controleer de link (../bestaat-niet/)."], exit: 1 },
  { name: 'http:// link', file: story, edit: append('Kijk op [de site](http://example.org/).'), findings: ["content/verhalen/anna-verhaal.mdx:34: veld 'tekst': Deze link begint met http://. Gebruik https:// (https://example.org/), dan is de verbinding veilig."], exit: 1 },
  { name: 'link to this site starting with /', file: story, edit: append('Zie [de agenda](/agenda/).'), findings: ["content/verhalen/anna-verhaal.mdx:34: veld 'tekst': Begin een link naar deze site niet met /: die werkt niet als de site in een submap staat. Schrijf ../../agenda/."], exit: 1 },
  { name: 'school website without https', file: 'scholen/beta-school.yaml', edit: replace('https://beta.example.nl', 'http://beta.example.nl'), findings: ["content/scholen/beta-school.yaml:3: veld 'website': Geef het webadres van de school, beginnend met https://."], exit: 1, build: 'fails' },
  // What MDX may not contain.
  { name: 'raw <script>', file: story, edit: append('<script>alert(1)</script>'), findings: ["content/verhalen/anna-verhaal.mdx:34: veld 'tekst': <script> mag niet in de tekst: het kan code of opmaak van buiten laden. Haal het weg; vraag een ontwikkelaar als je iets wilt insluiten."], exit: 1 },
  { name: 'raw <iframe>', file: story, edit: append('<iframe src="https://example.org/video"></iframe>'), findings: ["content/verhalen/anna-verhaal.mdx:34: veld 'tekst': <iframe> mag niet in de tekst: het kan code of opmaak van buiten laden. Haal het weg; vraag een ontwikkelaar als je iets wilt insluiten."], exit: 1 },
  { name: 'raw <style>', file: story, edit: append('<style>{"body { color: red }"}</style>'), findings: ["content/verhalen/anna-verhaal.mdx:34: veld 'tekst': <style> mag niet in de tekst: het kan code of opmaak van buiten laden. Haal het weg; vraag een ontwikkelaar als je iets wilt insluiten."], exit: 1 },
  { name: 'event attribute', file: story, edit: append('<div onClick="alert(1)">Klik</div>'), findings: ["content/verhalen/anna-verhaal.mdx:34: veld 'tekst': Het attribuut onClick voert code uit en mag niet in de tekst. Haal het weg."], exit: 1 },
  { name: 'import of something else', file: story, edit: replace(/^---\n\n/m, "---\n\nimport Video from '../../src/components/Video.astro'\n\n"), findings: ["content/verhalen/anna-verhaal.mdx:15: veld 'tekst': Hier mag geen import of export staan. De onderdelen Citaat, Foto, Feiten, Knop werken zonder import; haal deze regel weg."], exit: 1 },
  { name: 'unknown component', file: story, edit: append('<Video src="x" />'), findings: ["content/verhalen/anna-verhaal.mdx:34: veld 'tekst': Onbekend onderdeel <Video>. Je kunt gebruiken: Citaat, Foto, Feiten, Knop. Let op hoofdletters."], exit: 1 },
  { name: 'editor component without a required field', file: story, edit: replace('bron="Testinterview, 1 mei 2022"', ''), findings: ["content/verhalen/anna-verhaal.mdx:17: veld 'tekst': <Citaat> heeft bron=\"…\" nodig. Zie het voorbeeld in docs/redactie.md."], exit: 1 },
  { name: 'component in a .md file', file: 'verhalen/md-verhaal.md', edit: () => '---\ntitel: In Markdown\nsamenvatting: Een verhaal in Markdown.\nsector: ict\ndatum: 2022-05-01\nafbeelding:\n  src: ../afbeeldingen/hero.png\n  alt: Abstracte testillustratie\n---\n\n<Citaat wie="Anna" bron="Test">Hallo</Citaat>\n', findings: ["content/verhalen/md-verhaal.md:11: veld 'tekst': <Citaat> werkt alleen in een .mdx-bestand. Hernoem dit bestand van .md naar .mdx."], exit: 1 },
  { name: 'MDX syntax error (unclosed tag)', file: story, edit: append('<Feiten titel="Los">\n\nNiet gesloten.'), findings: ["content/verhalen/anna-verhaal.mdx:34: veld 'tekst': De tekst is geen geldige MDX: Expected a closing tag for `<Feiten>` (34:1) (mdx-jsx:unexpected-character). Vaak is een tag niet gesloten (<Foto> zonder </Foto>), of staat er een { of < in gewone tekst: zet daar een \\ voor."], exit: 1 },
  // B1 hints: warnings, not errors.
  { name: 'long sentence and long word in a summary (warning only)', file: story, edit: replace(/^samenvatting: .*$/m, 'samenvatting: Anna vertelt in dit verhaal heel uitgebreid over alles wat zij op school en bij haar stage in de raadsinformatiebijeenkomstenzaal heeft geleerd.'), findings: ["content/verhalen/anna-verhaal.mdx:4: waarschuwing: veld 'samenvatting': Lange zin (22 woorden): \"Anna vertelt in dit verhaal heel …\". Op B1-niveau is een zin liefst korter dan 15 woorden.", "content/verhalen/anna-verhaal.mdx:4: waarschuwing: veld 'samenvatting': Lang woord: \"raadsinformatiebijeenkomstenzaal\". Kan het korter of in twee woorden?"], exit: 0 },
];
