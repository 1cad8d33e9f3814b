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
  /**
   * Why the build's error names no file for this case, where Astro itself fails to say it (the checker,
   * which runs first in every workflow, does).
   */
  buildNamesNoFile?: string;
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
  {
    name: 'missing title',
    file: story,
    edit: replace(/^titel: .*\n/m, ''),
    findings: ["content/verhalen/anna-verhaal.mdx:1: veld 'titel': Dit veld ontbreekt: vul een titel in."],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'empty title',
    file: story,
    edit: replace(/^titel: .*$/m, 'titel: ""'),
    findings: ["content/verhalen/anna-verhaal.mdx:3: veld 'titel': Dit veld is leeg: vul een titel in."],
    exit: 1,
    build: 'fails',
  },
  {
    // YAML reads " #" and the rest of the line as a comment: valid for the build, and the site would
    // show a title cut short.
    name: 'hash in a title without quotes',
    file: story,
    edit: replace(/^titel: .*$/m, 'titel: Dag van de Bouw #1 van Utrecht'),
    findings: [
      'content/verhalen/anna-verhaal.mdx:3: veld \'titel\': Alles na het teken # valt weg: op de site staat nu alleen "Dag van de Bouw". Zet de hele tekst tussen aanhalingstekens: "Dag van de Bouw #1 van Utrecht".',
    ],
    exit: 1,
  },
  {
    name: 'no space after the colon',
    file: story,
    edit: replace(/^titel: (.*)$/m, 'titel:$1'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:3: veld 'opmaak': Zet een spatie na de dubbele punt: titel: Het verhaal van Anna. Zonder spatie leest de site hier geen veld.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'two fields of one group indented differently (3 spaces, then 2)',
    file: story,
    edit: replace('  src: ../afbeeldingen/hero.png', '   src: ../afbeeldingen/hero.png'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:13: veld 'opmaak': Deze regel springt 2 spaties in, de regel erboven 3. Velden die bij elkaar horen (zoals src en alt onder afbeelding) staan precies even ver in; in de voorbeelden is dat 2 spaties.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    // The site plans nothing: the story would go online now, "since" a day to come.
    name: 'publication date in the future',
    file: story,
    edit: replace(/^datum: .*$/m, 'datum: 2031-03-02'),
    findings: [
      'content/verhalen/anna-verhaal.mdx:9: waarschuwing: veld \'datum\': Deze datum (2 maart 2031) ligt nog in de toekomst. De site plant niets: het stuk komt bij de volgende build online, en er staat dan "sinds 2 maart 2031". Zet hier de dag waarop het echt online komt.',
    ],
    exit: 0,
  },
  {
    name: 'school written as its name instead of its id',
    file: story,
    edit: replace('scholen: [alfa-college]', 'scholen: [Alfa College]'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:6: veld 'scholen.1': 'Alfa College' bestaat niet in content/scholen/. Bedoel je 'alfa-college'? Een id is de bestandsnaam: kleine letters, streepjes in plaats van spaties.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'title too long',
    file: story,
    edit: replace(/^titel: .*$/m, `titel: ${'Een hele lange titel '.repeat(5)}`),
    findings: [
      "content/verhalen/anna-verhaal.mdx:3: veld 'titel': Te lang: maximaal 90 tekens, nu 104. Maak de tekst korter.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'summary too long',
    file: story,
    edit: replace(/^samenvatting: .*$/m, `samenvatting: ${'Heel lang. '.repeat(20)}`),
    findings: [
      "content/verhalen/anna-verhaal.mdx:4: veld 'samenvatting': Te lang: maximaal 160 tekens, nu 219. Maak de tekst korter.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'unknown sector',
    file: story,
    edit: replace('sector: ict', 'sector: sport'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:7: veld 'sector': Kies een sector: zorg en welzijn, ict, bouw en techniek, creatief, horeca en evenementen, economie en handel, veiligheid, overig.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'misspelt field name',
    file: story,
    edit: replace(/^titel:/m, 'titell:'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:1: veld 'titel': Dit veld ontbreekt: vul een titel in.",
      "content/verhalen/anna-verhaal.mdx:3: veld 'titell': Onbekend veld 'titell'. Bedoel je 'titel'?",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'YAML syntax error (colon in unquoted text)',
    file: story,
    edit: replace(/^samenvatting: .*$/m, 'samenvatting: Anna: een verhaal: met dubbele punten'),
    findings: [
      'content/verhalen/anna-verhaal.mdx:4: veld \'opmaak\': Staat er een dubbele punt (:) in de tekst? Zet de hele tekst dan tussen aanhalingstekens: veld: "tekst: met dubbele punt". Of mist er een dubbele punt na de veldnaam?',
    ],
    exit: 1,
    build: 'fails',
  },
  // References and ids.
  {
    name: 'unknown school',
    file: story,
    edit: replace('scholen: [alfa-college]', 'scholen: [gamma-college]'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:6: veld 'scholen.1': 'gamma-college' bestaat niet in content/scholen/. Kies een van: alfa-college, beta-school.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'unknown ambassador',
    file: story,
    edit: replace('ambassadeurs: [anna]', 'ambassadeurs: [anna, zoe]'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:5: veld 'ambassadeurs.2': 'zoe' bestaat niet in content/ambassadeurs/. Kies een van: anna, cas, dirk, eva.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'duplicate id (.md and .mdx with the same name)',
    file: 'verhalen/groepsverhaal.md',
    edit: () =>
      '---\ntitel: Dubbel\nsamenvatting: Dubbel.\nsector: ict\ndatum: 2022-05-01\nbron: Test\nafbeelding:\n  src: ../afbeeldingen/hero.png\n  alt: Abstracte testillustratie\n---\n\nDubbel.\n',
    findings: [
      "content/verhalen/groepsverhaal.md:1: veld 'bestandsnaam': Er zijn 2 bestanden met de id 'groepsverhaal' (groepsverhaal.md en groepsverhaal.mdx). Geef elk bestand een eigen naam.",
      "content/verhalen/groepsverhaal.mdx:1: veld 'bestandsnaam': Er zijn 2 bestanden met de id 'groepsverhaal' (groepsverhaal.md en groepsverhaal.mdx). Geef elk bestand een eigen naam.",
    ],
    exit: 1,
  },
  // Dates.
  {
    name: 'date in the wrong order',
    file: story,
    edit: replace('datum: 2022-05-01', 'datum: 01-05-2022'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:9: veld 'datum': Schrijf de datum als JJJJ-MM-DD: bedoel je 2022-05-01?",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'a day that does not exist',
    file: event,
    edit: replace('start: 2022-09-30', 'start: 2022-02-30'),
    findings: ["content/agenda/toekomst-reeks.mdx:6: veld 'start': 2022-02-30 bestaat niet: die maand heeft 28 dagen."],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'a month that does not exist',
    file: story,
    edit: replace('datum: 2022-05-01', 'datum: 2022-13-01'),
    findings: ["content/verhalen/anna-verhaal.mdx:9: veld 'datum': Maand 13 bestaat niet: gebruik 01 tot en met 12."],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'end before start',
    file: event,
    edit: replace('eind: 2022-10-02', 'eind: 2022-09-01'),
    findings: [
      "content/agenda/toekomst-reeks.mdx:7: veld 'eind': De einddatum ligt vóór de startdatum. Zet het einde na het begin.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'precision claims a day the source does not give',
    file: 'tour/bezoek-alfa.mdx',
    edit: replace('datum: 2022-03-10', 'datum: 2022-03\nprecisie: dag'),
    findings: [
      "content/tour/bezoek-alfa.mdx:5: veld 'precisie': Precisie 'dag' vraagt een preciezere datum dan \"2022-03\". Geef de hele datum of kies precisie: maand.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'unknown outcome kind',
    file: event,
    edit: replace(
      'categorie: onderwijs',
      'categorie: onderwijs\nuitkomst:\n  soort: geweest\n  tekst: Het ging door.\n  bron: Verslag',
    ),
    findings: [
      "content/agenda/toekomst-reeks.mdx:10: veld 'uitkomst.soort': Kies bij uitkomst een soort: gehouden, afgelast, verplaatst.",
    ],
    exit: 1,
    build: 'fails',
  },
  // An outcome is a fact with a source: without its own bron the site would call the event held (or called off) on no ground.
  {
    name: 'outcome without its own source',
    file: event,
    edit: replace(
      'categorie: onderwijs',
      'categorie: onderwijs\nuitkomst:\n  soort: gehouden\n  tekst: Volgens het verslag ging de beurs door.',
    ),
    findings: [
      "content/agenda/toekomst-reeks.mdx:9: veld 'uitkomst.bron': Een uitkomst heeft een eigen bron nodig: waar staat dat het evenement gehouden, afgelast of verplaatst is? Vul uitkomst.bron in (document en paragraaf, of een webadres). Zegt geen bron wat er gebeurde? Haal uitkomst dan weg.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'outcome with an empty source',
    file: event,
    edit: replace(
      'categorie: onderwijs',
      'categorie: onderwijs\nuitkomst:\n  soort: afgelast\n  tekst: De beurs ging niet door.\n  bron: ""',
    ),
    findings: [
      "content/agenda/toekomst-reeks.mdx:12: veld 'uitkomst.bron': Een uitkomst heeft een eigen bron nodig: waar staat dat het evenement gehouden, afgelast of verplaatst is? Vul uitkomst.bron in (document en paragraaf, of een webadres). Zegt geen bron wat er gebeurde? Haal uitkomst dan weg.",
    ],
    exit: 1,
  },
  // Images and alt text.
  {
    name: 'image file that does not exist',
    file: story,
    edit: replace('../afbeeldingen/hero.png', '../afbeeldingen/Hero.png'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:12: veld 'src': Het bestand ../afbeeldingen/Hero.png bestaat niet. Zet de afbeelding in content/afbeeldingen/ en controleer de naam (hoofdletters tellen mee).",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'missing alt text',
    file: story,
    edit: replace(/^ {2}alt: .*\n/m, ''),
    findings: [
      "content/verhalen/anna-verhaal.mdx:11: veld 'afbeelding.alt': Dit veld ontbreekt: vul de alt-tekst (wat er op de hoofdafbeelding te zien is) in.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'placeholder alt text',
    file: story,
    edit: replace(/^ {2}alt: .*$/m, '  alt: foto'),
    findings: [
      'content/verhalen/anna-verhaal.mdx:13: veld \'afbeelding.alt\': Beschrijf wat er op het beeld te zien is; "foto" of een bestandsnaam zegt een lezer niets.',
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'file name as alt text',
    file: story,
    edit: replace(/^ {2}alt: .*$/m, '  alt: hero.png'),
    findings: [
      'content/verhalen/anna-verhaal.mdx:13: veld \'afbeelding.alt\': Beschrijf wat er op het beeld te zien is; "foto" of een bestandsnaam zegt een lezer niets.',
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'hero image narrower than its slot',
    file: story,
    edit: replace('../afbeeldingen/hero.png', `../afbeeldingen/${small}`),
    findings: [
      "content/verhalen/anna-verhaal.mdx:12: veld 'afbeelding.src': Deze afbeelding is 600 pixels breed; hier is minstens 1200 pixels nodig, anders wordt hij wazig. Gebruik een grotere versie.",
    ],
    exit: 1,
    extra: { [`afbeeldingen/${small}`]: small },
  },
  {
    name: 'iPhone photo (HEIC) as image',
    file: story,
    edit: replace('../afbeeldingen/hero.png', '../afbeeldingen/iphone-foto.heic'),
    findings: [
      'content/verhalen/anna-verhaal.mdx:12: veld \'afbeelding.src\': Dit is een iPhone-foto (HEIC); die kan de site niet verwerken. Zet hem om naar JPEG: open de foto op de iPhone, kies Delen › Opties › "Meest compatibel", of exporteer hem op de computer als JPEG. Zo maakt de iPhone voortaan JPEG: Instellingen › Camera › Formaten › "Meest compatibel".',
    ],
    exit: 1,
    extra: { 'afbeeldingen/iphone-foto.heic': 'iphone.heic' },
  },
  {
    name: 'SVG drawing as image',
    file: story,
    edit: replace('../afbeeldingen/hero.png', '../afbeeldingen/tekening.svg'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:12: veld 'afbeelding.src': Een SVG kan hier niet: van deze afbeelding maakt de site foto-formaten in verschillende maten. Exporteer de tekening als PNG (breed genoeg) en gebruik die.",
    ],
    exit: 1,
    extra: { 'afbeeldingen/tekening.svg': 'tekening.svg' },
  },
  {
    name: 'photo with GPS position and photographer in its EXIF',
    file: story,
    edit: replace('../afbeeldingen/hero.png', '../afbeeldingen/straat.jpg'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:12: veld 'afbeelding.src': In straat.jpg staan gegevens die een plek of een persoon verraden: GPS-positie (EXIF), fotograaf (Artist). Iedereen kan het bestand uit de repository downloaden. Haal ze weg met: npm run beelden:schoon -- content/afbeeldingen/straat.jpg (werk je alleen in GitHub, vraag dan een ontwikkelaar dit te doen).",
    ],
    exit: 1,
    extra: { 'afbeeldingen/straat.jpg': 'met-gps.jpg' },
  },
  {
    name: 'photo with GPS in the images folder, not used yet',
    file: story,
    edit: (text) => text,
    findings: [
      "content/afbeeldingen/nog-niet-gebruikt.jpg:1: veld 'afbeelding': In nog-niet-gebruikt.jpg staan gegevens die een plek of een persoon verraden: GPS-positie (EXIF), fotograaf (Artist). Iedereen kan het bestand uit de repository downloaden. Haal ze weg met: npm run beelden:schoon -- content/afbeeldingen/nog-niet-gebruikt.jpg (werk je alleen in GitHub, vraag dan een ontwikkelaar dit te doen).",
    ],
    exit: 1,
    extra: { 'afbeeldingen/nog-niet-gebruikt.jpg': 'met-gps.jpg' },
  },
  {
    name: 'summary still the example text of npm run nieuw',
    file: story,
    edit: replace(
      /^samenvatting: .*$/m,
      'samenvatting: "Schrijf hier in één of twee korte zinnen waar het verhaal over gaat."',
    ),
    findings: [
      'content/verhalen/anna-verhaal.mdx:4: veld \'samenvatting\': Hier staat nog de voorbeeldtekst van npm run nieuw ("Schrijf hier in één of twee korte zinnen waar het verhaal over gaat."). Vervang die door je eigen tekst.',
    ],
    exit: 1,
  },
  {
    name: 'empty file',
    file: 'verhalen/leeg.md',
    edit: () => '',
    findings: [
      "content/verhalen/leeg.md:1: veld 'opmaak': Dit bestand is leeg. Vul de velden in (zie het voorbeeld in docs/redactie.md) of haal het bestand weg.",
    ],
    exit: 1,
  },
  {
    name: 'date written the Dutch way',
    file: event,
    edit: replace('start: 2022-09-30', 'start: 30-09-2022'),
    findings: [
      "content/agenda/toekomst-reeks.mdx:6: veld 'start': Schrijf de datum als JJJJ-MM-DD: bedoel je 2022-09-30?",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'unquoted date with a time and seconds',
    file: event,
    edit: replace('start: 2022-09-30\neind: 2022-10-02', 'start: 2022-09-30T14:00:00'),
    findings: [
      'content/agenda/toekomst-reeks.mdx:6: veld \'start\': Zet een datum met tijd tussen aanhalingstekens, zonder seconden en zonder tijdzone (Utrechtse tijd): "2022-09-30T14:00".',
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: "a field named 'tijd'",
    file: event,
    edit: replace('start: 2022-09-30', 'start: 2022-09-30\ntijd: "14:00"'),
    findings: [
      'content/agenda/toekomst-reeks.mdx:7: veld \'tijd\': Onbekend veld \'tijd\'. Een tijd hoort bij de datum in start: start: "2022-08-20T14:00" (en eind: "2022-08-20T17:00").',
    ],
    exit: 1,
  },
  {
    name: 'file name with a capital and a space',
    file: 'verhalen/Mijn Verhaal.md',
    edit: () =>
      '---\ntitel: Mijn verhaal\nsamenvatting: Een verhaal.\nsector: ict\ndatum: 2022-05-01\nbron: Test\nafbeelding:\n  src: ../afbeeldingen/hero.png\n  alt: Abstracte testillustratie\n---\n\nTekst.\n',
    findings: [
      "content/verhalen/Mijn Verhaal.md:1: veld 'bestandsnaam': Gebruik in de bestandsnaam alleen kleine letters, cijfers en streepjes; de naam wordt het webadres. Noem dit bestand mijn-verhaal.md.",
    ],
    exit: 1,
  },
  {
    name: 'typographic quotes around a whole title (a warning)',
    file: story,
    edit: replace(/^titel: .*$/m, 'titel: “Het verhaal van Anna”'),
    findings: [
      'content/verhalen/anna-verhaal.mdx:3: waarschuwing: veld \'titel\': De hele waarde staat tussen typografische aanhalingstekens (“…”); die komen zo op de site. Laat ze weg, of zet de tekst tussen rechte aanhalingstekens: "…".',
    ],
    exit: 0,
  },
  // Headings: the page's title is the h1, so the text starts at ##; a skipped level is a gap to a screen reader.
  {
    name: 'a heading with one # in the text (a warning: the page already has its title)',
    file: story,
    edit: replace('Tekst van Het verhaal van Anna.', '# Tussenkop\n\nTekst van Het verhaal van Anna.'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:17: waarschuwing: veld 'tekst': Een kop met één # is de titel van de pagina, en die staat er al boven. Gebruik ## voor een tussenkop.",
    ],
    exit: 0,
  },
  {
    name: 'a heading that skips a level (a warning)',
    file: story,
    edit: replace('Tekst van Het verhaal van Anna.', '## Eerst\n\n#### Daarna\n\nTekst van Het verhaal van Anna.'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:19: waarschuwing: veld 'tekst': Deze kop slaat een niveau over: na ## komt ###, niet ####. Wie een schermlezer gebruikt, springt van kop naar kop; een overgeslagen niveau lijkt dan een stuk dat ontbreekt. Schrijf ###.",
    ],
    exit: 0,
  },
  // Pasted along with text from Word: invisible, and not allowed in a page or feed (lib/pasted-characters).
  {
    name: 'a line break from Word in a title, as the CMS saves it (an escape in quotes)',
    file: story,
    edit: replace(/^titel: .*$/m, 'titel: "Het verhaal\\vvan Anna"'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:3: veld 'titel': Hier staat een onzichtbaar teken: een regeleinde uit Word (U+000B), na \"Het verhaal\". Het komt meestal mee als je tekst plakt, bijvoorbeeld uit Word of een pdf. Zo'n teken mag niet in een webpagina of een nieuwsfeed staan. Haal het weg: typ de tekst rond die plek opnieuw.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'a line break from Word in a title, pasted into the file itself',
    file: story,
    edit: replace(/^titel: .*$/m, 'titel: Het verhaal\u000bvan Anna'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:3: veld 'titel': Hier staat een onzichtbaar teken: een regeleinde uit Word (U+000B), na \"Het verhaal\". Het komt meestal mee als je tekst plakt, bijvoorbeeld uit Word of een pdf. Zo'n teken mag niet in een webpagina of een nieuwsfeed staan. Haal het weg: typ de tekst rond die plek opnieuw.",
    ],
    exit: 1,
  },
  {
    name: 'line breaks from Word in the running text',
    file: story,
    edit: append('Anna werkt\u000bin de zorg.\u000bZe leert veel.'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': Hier staat een onzichtbaar teken: een regeleinde uit Word (U+000B), na \"Anna werkt\". Er staan 2 van zulke tekens in. Het komt meestal mee als je tekst plakt, bijvoorbeeld uit Word of een pdf. Zo'n teken mag niet in een webpagina of een nieuwsfeed staan. Haal het weg: typ de tekst rond die plek opnieuw.",
    ],
    exit: 1,
  },
  {
    name: 'image in the text whose path has a space',
    file: story,
    edit: append('![Twee studenten aan het werk](../afbeeldingen/mijn foto.png)'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': Deze afbeelding wordt niet getoond maar komt als tekst op de pagina: er staat een spatie in het pad (../afbeeldingen/mijn foto.png). Hernoem het bestand zonder spaties (../afbeeldingen/mijn-foto.png) of zet het pad tussen < en >: (<../afbeeldingen/mijn foto.png>).",
    ],
    exit: 1,
  },
  {
    name: "a character no shipped font has in a school's name (its badge cannot draw it)",
    file: 'scholen/alfa-college.yaml',
    edit: replace(/^naam: (.*)$/m, 'naam: $1 漢'),
    findings: [
      "content/scholen/alfa-college.yaml:1: veld 'naam': De badge van de school kan '漢' niet tekenen (geen van onze lettertypen heeft dat teken). Laat dat teken weg uit de naam.",
    ],
    exit: 1,
  },
  {
    name: 'a character no shipped font has in a story title (a warning: the share card shows U+FFFD)',
    file: story,
    edit: replace(/^titel: .*$/m, 'titel: Het verhaal van Anna 漢字'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:3: waarschuwing: veld 'titel': Op de deelkaart (het plaatje bij een gedeelde link) kunnen we '漢', '字' niet tekenen: daar komt dan '\uFFFD'. Op de pagina zelf staat het goed. Wil je dat niet, schrijf het teken dan anders.",
    ],
    exit: 0,
  },
  {
    name: 'emoji, accents, Arabic and symbols in a story title are drawn (no finding)',
    file: story,
    edit: replace(/^titel: .*$/m, 'titel: "Anna 👩‍🎓 🇳🇱 q\u0303 محمد ✓ ★"'),
    findings: [],
    exit: 0,
  },
  {
    name: "an emoji in a school's name is drawn on its badge (no finding)",
    file: 'scholen/alfa-college.yaml',
    edit: replace(/^naam: (.*)$/m, 'naam: $1 🔧'),
    findings: [],
    exit: 0,
  },
  {
    name: 'image in the text without alt text',
    file: story,
    edit: append('![](../afbeeldingen/hero.png)'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': Deze afbeelding heeft geen goede alt-tekst. Schrijf tussen [ en ] wat er te zien is, bijvoorbeeld ![Twee studenten bouwen een muur](…).",
    ],
    exit: 1,
  },
  // Consent.
  {
    name: 'missing consent',
    file: person,
    edit: replace(/^toestemming:\n(?: {2}.*\n)+/m, ''),
    findings: [
      "content/ambassadeurs/anna.mdx:1: veld 'toestemming': Dit veld ontbreekt: zonder vastgelegde toestemming publiceren we niets over deze persoon. Vul toestemming in met basis: formulier (en gegeven, door, onder16, vastgelegd) of basis: openbare-bron (en bron, omvat).",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'under 16 without a parent',
    file: person,
    edit: replace('onder16: false', 'onder16: true'),
    findings: [
      "content/ambassadeurs/anna.mdx:14: veld 'toestemming.door': Deze persoon was jonger dan 16: een ouder of voogd moet toestemming geven. Schrijf door: ouder.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    // A warning, not an error: setting `tot` is how an editor takes someone offline, and the publishing
    // workflow (deploy.yml) runs this check before the build that removes the person.
    name: 'consent that has ended',
    file: person,
    edit: replace('vastgelegd: map toestemming 2021', 'vastgelegd: map toestemming 2021\n  tot: 2022-01-31'),
    findings: [
      "content/ambassadeurs/anna.mdx:17: waarschuwing: veld 'toestemming.tot': De toestemming is verlopen (2022-01-31). Vanaf de volgende build staat deze persoon niet meer op de site, en ook niets wat over hem of haar gaat. Offline: content/verhalen/anna-verhaal.mdx. Zonder de naam: content/tour/bezoek-alfa.mdx. Heb je het bestand niet meer nodig? Haal het dan weg.",
    ],
    exit: 0,
  },
  {
    // The guide: an empty `tot:` is not allowed; remove the line, or fill in the last day.
    name: 'empty end of consent',
    file: person,
    edit: replace('vastgelegd: map toestemming 2021', 'vastgelegd: map toestemming 2021\n  tot:'),
    findings: [
      "content/ambassadeurs/anna.mdx:17: veld 'toestemming.tot': Dit veld is leeg: vul de laatste dag van de toestemming in, als JJJJ-MM-DD, of haal de hele regel weg.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    // A place written as text where the event wants a group of fields.
    name: 'event place as text',
    file: 'agenda/toekomst-dag.mdx',
    edit: replace(/^locatie:\n( {2}.*\n)+/m, 'locatie: Testplein\n'),
    findings: [
      'content/agenda/toekomst-dag.mdx:10: veld \'locatie\': Geef de locatie als groep: elk onderdeel op een eigen regel eronder, met twee spaties ervoor, zoals "  naam: …".',
    ],
    exit: 1,
    build: 'fails',
  },
  {
    // Astro reads a data file as one YAML document; an opening "---" is allowed there.
    name: 'school file that opens with ---',
    file: 'scholen/alfa-college.yaml',
    edit: (text) => `---\n${text}`,
    findings: [],
    exit: 0,
  },
  {
    name: 'school file between two lines ---, as front matter',
    file: 'scholen/alfa-college.yaml',
    edit: (text) => `---\n${text.trimEnd()}\n---\n`,
    findings: [
      "content/scholen/alfa-college.yaml:10: veld 'opmaak': In een .yaml-bestand staat hoogstens één regel met alleen ---, en alleen bovenaan. Haal de andere weg.",
    ],
    exit: 1,
    build: 'fails',
    buildNamesNoFile:
      "Astro 7's formatYAMLException fails on js-yaml's error for a second document: 'Cannot read properties of undefined (reading 'name')'",
  },
  // Consent: how it was obtained, and names only through references.
  {
    name: 'consent without a basis',
    file: person,
    edit: replace('  basis: formulier\n', ''),
    findings: [
      "content/ambassadeurs/anna.mdx:11: veld 'toestemming.basis': Kies basis: formulier (getekend toestemmingsformulier) of openbare-bron (een openbaar document noemt deze persoon al).",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'public source that claims a form',
    file: person,
    edit: replace(
      '  basis: formulier',
      '  basis: openbare-bron\n  bron: Jaarverslag 2021\n  omvat: voornaam en school',
    ),
    findings: [
      "content/ambassadeurs/anna.mdx:15: veld 'toestemming.gegeven': 'gegeven' hoort bij een getekend formulier (basis: formulier). Is er geen formulier, haal het dan weg; verzin het niet.",
      "content/ambassadeurs/anna.mdx:16: veld 'toestemming.door': 'door' hoort bij een getekend formulier (basis: formulier). Is er geen formulier, haal het dan weg; verzin het niet.",
      "content/ambassadeurs/anna.mdx:17: veld 'toestemming.onder16': 'onder16' hoort bij een getekend formulier (basis: formulier). Is er geen formulier, haal het dan weg; verzin het niet.",
      "content/ambassadeurs/anna.mdx:18: veld 'toestemming.vastgelegd': 'vastgelegd' hoort bij een getekend formulier (basis: formulier). Is er geen formulier, haal het dan weg; verzin het niet.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'photo of a person on a public source only',
    file: person,
    edit: (t) =>
      replace(
        /^toestemming:\n(?: {2}.*\n)+/m,
        'toestemming:\n  basis: openbare-bron\n  bron: Jaarverslag 2021\n  omvat: voornaam en school\n',
      )(
        replace(
          '  alt: Abstracte illustratie bij Anna',
          '  alt: Anna lacht in de werkplaats\n  toontPersonen: true',
        )(t),
      ),
    findings: [
      "content/ambassadeurs/anna.mdx:11: veld 'portret.toontPersonen': Een foto van deze persoon vraagt een getekend toestemmingsformulier (basis: formulier). Een openbare bron dekt alleen wat die bron zelf publiceerde. Gebruik een illustratie, of leg een formulier vast.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'story photo of someone known only from a public source',
    file: story,
    edit: (t) =>
      replace(
        'ambassadeurs: [anna]',
        'ambassadeurs: [anna, lotte]',
      )(
        replace(
          '  alt: Abstracte illustratie bij het verhaal Het verhaal van Anna',
          '  alt: Anna en Lotte lachen in de werkplaats\n  toontPersonen: true',
        )(t),
      ),
    extra: { 'ambassadeurs/lotte.mdx': 'lotte-openbare-bron.mdx' },
    findings: [
      "content/verhalen/anna-verhaal.mdx:14: veld 'afbeelding.toontPersonen': Deze foto toont personen, en de toestemming van lotte rust op een openbare bron. Een foto vraagt een getekend formulier (basis: formulier). Gebruik een illustratie, of leg een formulier vast.",
    ],
    exit: 1,
  },
  {
    name: 'ambassador named as plain text in an event',
    file: event,
    edit: append('Met Anna als gastvrouw.'),
    findings: [
      'content/agenda/toekomst-reeks.mdx:14: veld \'ambassadeur\': De naam Anna staat hier als gewone tekst. Noem een ambassadeur alleen via een verwijzing, zodat de naam overal verdwijnt als de toestemming stopt: schrijf <Persoon id="anna" /> in de tekst en zet anna in ambassadeurs: [anna]. Laat de naam uit titel en samenvatting.',
    ],
    exit: 1,
  },
  {
    name: 'ambassador named in a school description',
    file: 'scholen/alfa-college.yaml',
    edit: replace('omschrijving: Testschool', 'omschrijving: Anna studeert hier. Testschool'),
    findings: [
      "content/scholen/alfa-college.yaml:4: veld 'ambassadeur': De naam Anna staat hier als gewone tekst. Haal de naam weg: de schoolpagina toont de ambassadeurs van deze school vanzelf, uit het veld school van elke ambassadeur.",
    ],
    exit: 1,
  },
  {
    name: '<Persoon> with an id that does not exist',
    file: 'agenda/lopend.mdx',
    edit: append('Met <Persoon id="zoe" />.'),
    findings: [
      "content/agenda/lopend.mdx:15: veld 'tekst': <Persoon id=\"zoe\" />: 'zoe' bestaat niet in content/ambassadeurs/. Kies een van: anna, cas, dirk, eva.",
    ],
    exit: 1,
  },
  {
    name: 'consent that starts later (warning lists what stays offline)',
    file: person,
    edit: replace('gegeven: 2021-09-01', 'gegeven: 2022-09-01'),
    findings: [
      "content/ambassadeurs/anna.mdx:13: waarschuwing: veld 'toestemming.gegeven': De toestemming gaat pas in op 2022-09-01. Tot die dag staat deze persoon niet op de site, en ook niets wat over hem of haar gaat. Offline tot dan: content/verhalen/anna-verhaal.mdx. Zonder de naam tot dan: content/tour/bezoek-alfa.mdx.",
    ],
    exit: 0,
  },
  // Sources and dates.
  {
    name: 'story without a source',
    file: story,
    edit: replace(/^bron: .*\n/m, ''),
    findings: [
      "content/verhalen/anna-verhaal.mdx:1: veld 'bron': Dit veld ontbreekt: vul de bron (document en paragraaf, of een webadres) in.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'invented span: a year with an end',
    file: 'agenda/verleden-jaar.mdx',
    edit: replace('start: 2021', 'start: 2020\neind: 2022'),
    findings: [
      "content/agenda/verleden-jaar.mdx:7: veld 'eind': Een einddatum kan alleen bij een evenement met een hele datum. Noemt de bron alleen een maand of jaar? Laat eind weg; verzin geen periode.",
    ],
    exit: 1,
    build: 'fails',
  },
  {
    name: 'an end without a start',
    file: 'agenda/zonder-datum.mdx',
    edit: replace('categorie: techniek', 'categorie: techniek\neind: 2022-05-01'),
    findings: [
      "content/agenda/zonder-datum.mdx:7: veld 'eind': 'eind' kan alleen met een startdatum. Noemt de bron geen datum? Haal eind dan ook weg.",
    ],
    exit: 1,
    build: 'fails',
  },
  // Links.
  {
    name: 'link to a page of this site that does not exist',
    file: story,
    edit: append('Lees ook [dit verhaal](../bestaat-niet/).'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': De pagina /verhalen/bestaat-niet/ bestaat niet op deze site. Controleer de link (../bestaat-niet/).",
    ],
    exit: 1,
  },
  {
    name: 'link to a calendar file of an event without a known day',
    file: story,
    edit: append('Zet [het jubileum](../../agenda/verleden-jaar.ics) in je agenda.'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': De pagina /agenda/verleden-jaar.ics bestaat niet op deze site. Controleer de link (../../agenda/verleden-jaar.ics).",
    ],
    exit: 1,
  },
  // The build gives an .ics by precision, not by how the start is written: a full date the source gives as a month has none.
  {
    name: 'link to the calendar file of an event whose source gives only the month',
    file: 'agenda/verleden-dag.mdx',
    edit: (text) =>
      append('Zet hem [in je agenda](../verleden-dag.ics).')(
        replace('start: 2022-03-12', 'start: 2022-03-01\nprecisie: maand')(text),
      ),
    findings: [
      "content/agenda/verleden-dag.mdx:14: veld 'tekst': De pagina /agenda/verleden-dag.ics bestaat niet op deze site. Controleer de link (../verleden-dag.ics).",
    ],
    exit: 1,
  },
  {
    name: 'http:// link',
    file: story,
    edit: append('Kijk op [de site](http://example.org/).'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': Deze link begint met http://. Gebruik https:// (https://example.org/), dan is de verbinding veilig.",
    ],
    exit: 1,
  },
  {
    // MDX reads {…} as code: the build stopped with "accolade is not defined" while the checker said nothing.
    name: 'curly braces in the text of an MDX file',
    file: story,
    edit: append('Schrijf {accolade} niet zo.'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': {accolade} is in een .mdx-bestand code, geen tekst: de site leest het als opdracht, en de build kan erop stoppen. Bedoel je de tekens zelf? Zet een \\ voor de accolade: \\{accolade}.",
    ],
    exit: 1,
  },
  {
    name: 'editor component in lower case',
    file: story,
    edit: append('<citaat wie="Anna" bron="Testbron">Mooi werk.</citaat>'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': Schrijf <Citaat> met een hoofdletter. <citaat> kent de site niet: het onderdeel en wat erbij hoort (zoals de bron) komen dan niet op de pagina.",
    ],
    exit: 1,
  },
  {
    name: 'image as HTML',
    file: story,
    edit: append('<img src="../afbeeldingen/foto.jpg" />'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': Gebruik ![wat je ziet](../afbeeldingen/naam.jpg) in plaats van <img>: dan controleert de site het bestand en de beschrijving, en maakt ze het beeld klein genoeg voor een telefoon.",
    ],
    exit: 1,
  },
  {
    name: 'HTML link to a page that does not exist',
    file: story,
    edit: append('Zie <a href="../../agnda/">de agenda</a>.'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': De pagina /agnda/ bestaat niet op deze site. Controleer de link (../../agnda/).",
    ],
    exit: 1,
  },
  {
    name: 'link to another site without https://',
    file: story,
    edit: append('Kijk op [Mitros](www.mitros.nl).'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': Een link naar een andere site begint met https://. Schrijf https://www.mitros.nl.",
    ],
    exit: 1,
  },
  {
    name: 'link to this site starting with /',
    file: story,
    edit: append('Zie [de agenda](/agenda/).'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': Begin een link naar deze site niet met /: die werkt niet als de site in een submap staat. Schrijf ../../agenda/.",
    ],
    exit: 1,
  },
  {
    name: 'Knop to this site starting with / (the same rule as Markdown links)',
    file: story,
    edit: append('<Knop href="/agenda/">Naar de agenda</Knop>'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': Begin een link naar deze site niet met /: die werkt niet als de site in een submap staat. Schrijf ../../agenda/.",
    ],
    exit: 1,
  },
  {
    name: 'relative link to a category of the agenda that does not exist',
    file: story,
    edit: append('Zie [sport](../../agenda/soort/voetbal/).'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': De pagina /agenda/soort/voetbal/ bestaat niet op deze site. Controleer de link (../../agenda/soort/voetbal/).",
    ],
    exit: 1,
  },
  {
    name: 'school website without https',
    file: 'scholen/beta-school.yaml',
    edit: replace('https://beta.example.nl', 'http://beta.example.nl'),
    findings: [
      "content/scholen/beta-school.yaml:3: veld 'website': Geef het webadres van de school, beginnend met https://.",
    ],
    exit: 1,
    build: 'fails',
  },
  // What MDX may not contain.
  {
    name: 'raw <script>',
    file: story,
    edit: append('<script>alert(1)</script>'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': <script> mag niet in de tekst: het kan code of opmaak van buiten laden. Haal het weg; vraag een ontwikkelaar als je iets wilt insluiten.",
    ],
    exit: 1,
  },
  {
    name: 'raw <iframe>',
    file: story,
    edit: append('<iframe src="https://example.org/video"></iframe>'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': <iframe> mag niet in de tekst: het kan code of opmaak van buiten laden. Haal het weg; vraag een ontwikkelaar als je iets wilt insluiten.",
    ],
    exit: 1,
  },
  {
    name: 'raw <style>',
    file: story,
    edit: append('<style>{"body { color: red }"}</style>'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': <style> mag niet in de tekst: het kan code of opmaak van buiten laden. Haal het weg; vraag een ontwikkelaar als je iets wilt insluiten.",
    ],
    exit: 1,
  },
  {
    name: 'event attribute',
    file: story,
    edit: append('<div onClick="alert(1)">Klik</div>'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': Het attribuut onClick voert code uit en mag niet in de tekst. Haal het weg.",
    ],
    exit: 1,
  },
  {
    name: 'import of something else',
    file: story,
    edit: replace(/^---\n\n/m, "---\n\nimport Video from '../../src/components/Video.astro'\n\n"),
    findings: [
      "content/verhalen/anna-verhaal.mdx:17: veld 'tekst': Hier mag geen import of export staan. De onderdelen Citaat, Foto, Feiten, Knop, Persoon werken zonder import; haal deze regel weg.",
    ],
    exit: 1,
  },
  {
    name: 'unknown component',
    file: story,
    edit: append('<Video src="x" />'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': Onbekend onderdeel <Video>. Je kunt gebruiken: Citaat, Foto, Feiten, Knop, Persoon. Let op hoofdletters.",
    ],
    exit: 1,
  },
  {
    name: 'editor component without a required field',
    file: story,
    edit: replace('bron="Testinterview, 1 mei 2022"', ''),
    findings: [
      'content/verhalen/anna-verhaal.mdx:19: veld \'tekst\': <Citaat> heeft bron="…" nodig. Zie het voorbeeld in docs/redactie.md.',
    ],
    exit: 1,
  },
  {
    name: 'component in a .md file',
    file: 'verhalen/md-verhaal.md',
    edit: () =>
      '---\ntitel: In Markdown\nsamenvatting: Een verhaal in Markdown.\nsector: ict\ndatum: 2022-05-01\nbron: Test\nafbeelding:\n  src: ../afbeeldingen/hero.png\n  alt: Abstracte testillustratie\n---\n\n<Citaat wie="Sanne" bron="Test">Hallo</Citaat>\n',
    findings: [
      "content/verhalen/md-verhaal.md:12: veld 'tekst': <Citaat> werkt alleen in een .mdx-bestand. Hernoem dit bestand van .md naar .mdx.",
    ],
    exit: 1,
  },
  {
    name: 'MDX syntax error (unclosed tag)',
    file: story,
    edit: append('<Feiten titel="Los">\n\nNiet gesloten.'),
    findings: [
      "content/verhalen/anna-verhaal.mdx:36: veld 'tekst': De tekst is geen geldige MDX: Expected a closing tag for `<Feiten>` (36:1) (mdx-jsx:unexpected-character). Vaak is een tag niet gesloten (<Foto> zonder </Foto>), of staat er een { of < in gewone tekst: zet daar een \\ voor.",
    ],
    exit: 1,
  },
  // B1 hints: warnings, not errors.
  {
    name: 'long sentence and long word in a summary (warning only)',
    file: story,
    edit: replace(
      /^samenvatting: .*$/m,
      'samenvatting: Anna vertelt in dit verhaal heel uitgebreid over alles wat zij op school en bij haar stage in de raadsinformatiebijeenkomstenzaal heeft geleerd.',
    ),
    findings: [
      'content/verhalen/anna-verhaal.mdx:4: waarschuwing: veld \'samenvatting\': Lange zin (22 woorden): "Anna vertelt in dit verhaal heel …". Op B1-niveau is een zin liefst korter dan 15 woorden.',
      'content/verhalen/anna-verhaal.mdx:4: waarschuwing: veld \'samenvatting\': Lang woord: "raadsinformatiebijeenkomstenzaal". Kan het korter of in twee woorden?',
    ],
    exit: 0,
  },
];
