/**
 * Writes a synthetic content folder for benchmarks and scale tests:
 *   npm run corpus -- --n 2000 --out .bench/corpus-2000 [--seed 1] [--ext mdx|md]
 * N stories (with ambassadors and schools), N/4 events, N/10 diary entries, in
 * Dutch of varying length, with real image files of realistic pixel sizes made
 * with sharp (a 1600×1000 JPEG per story, 800×800 portraits). The same seed and
 * N always give the same files. Build it with CONTENT_DIR=<out>; `content/` is
 * never touched.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { artworkSvg, seeded } from './artwork.ts';
import { sectors as allSectors } from '../src/lib/vocabulary.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '500' },
    out: { type: 'string', default: '.bench/corpus' },
    seed: { type: 'string', default: '1' },
    ext: { type: 'string', default: 'mdx' },
  },
});
const N = Number(values.n);
const out = values.out;
const ext = values.ext === 'md' ? 'md' : 'mdx';
if (!Number.isInteger(N) || N < 10) throw new Error('--n moet een heel getal van minstens 10 zijn');

const rnd = seeded(`corpus-${values.seed}`);
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const pad = (i: number) => String(i).padStart(5, '0');

const names = [
  'Sanne',
  'Mohamed',
  'Lotte',
  'Youssef',
  'Emma',
  'Daan',
  'Aylin',
  'Noah',
  'Fatima',
  'Bram',
  'Sophie',
  'Milan',
  'Ilse',
  'Omar',
  'Jesse',
  'Nina',
  'Hamza',
  'Tess',
  'Ruben',
  'Zeynep',
];
/** The sectors of vocabulary.ts that have jobs below ('overig' has none). */
const sectors = allSectors.filter((s): s is Exclude<(typeof allSectors)[number], 'overig'> => s !== 'overig');
const jobs: Record<(typeof sectors)[number], string[]> = {
  'zorg en welzijn': ['verpleegkundige', 'doktersassistent', 'pedagogisch medewerker', 'verzorgende'],
  ict: ['softwareontwikkelaar', 'netwerkbeheerder', 'mediavormgever'],
  'bouw en techniek': ['timmerman', 'elektricien', 'installatiemonteur', 'lasser'],
  creatief: ['fotograaf', 'ontwerper', 'podiumtechnicus'],
  'horeca en evenementen': ['kok', 'gastheer', 'evenementenorganisator'],
  'economie en handel': ['ondernemer', 'verkoper', 'logistiek medewerker'],
  veiligheid: ['beveiliger', 'boa', 'brandweerman'],
};
const places = [
  'Overvecht',
  'Kanaleneiland',
  'Leidsche Rijn',
  'Zuilen',
  'Lunetten',
  'de binnenstad',
  'Hoograven',
  'Vleuten',
];
const openers = ['Elke dag', 'Op dinsdag', 'Sinds dit jaar', 'In de stage', 'Samen met de klas', 'Na school'];
const verbs = ['leert', 'werkt', 'bouwt', 'helpt', 'ontwerpt', 'oefent', 'zorgt'];
const objects = [
  'met echte klanten',
  'in een team van vakmensen',
  'aan een project voor de buurt',
  'met nieuwe technologie',
  'voor bewoners van de wijk',
  'in een leerbedrijf',
];
const closers = [
  'Dat maakt trots.',
  'Zo groeit het vak.',
  'De stad heeft deze mensen nodig.',
  'Dat geeft energie.',
  'Daar leer je het meest van.',
];

function sentence(who: string): string {
  const extra = rnd() < 0.4 ? ` in ${pick(places)}` : '';
  return `${pick(openers)} ${pick(verbs)} ${who} ${pick(objects)}${extra}. ${rnd() < 0.5 ? pick(closers) : ''}`.trim();
}
function paragraph(who: string, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(who)).join(' ');
}
function body(who: string): string {
  const sections = int(1, 5);
  const parts: string[] = [];
  for (let s = 0; s < sections; s++) {
    if (s > 0)
      parts.push(
        `## ${pick(['Het begin', 'In de praktijk', 'De stage', 'Wat nu?', 'Trots op het vak', 'Samen met de stad'])}`,
      );
    parts.push(paragraph(who, int(2, 8)));
  }
  return parts.join('\n\n');
}
const yaml = (s: string) => JSON.stringify(s);
const date = (y: number) => `${y}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;

rmSync(out, { recursive: true, force: true });
for (const dir of ['scholen', 'ambassadeurs', 'verhalen', 'agenda', 'tour', 'afbeeldingen'])
  mkdirSync(join(out, dir), { recursive: true });
cpSync('content/paginas', join(out, 'paginas'), { recursive: true });
cpSync('content/gespot', join(out, 'gespot'), { recursive: true });
for (const k of ['bus', 'bouw', 'zorg'])
  cpSync(`content/afbeeldingen/gespot-${k}.png`, join(out, 'afbeeldingen', `gespot-${k}.png`));

// One tiled grain layer makes the JPEGs compress like photos rather than flat artwork.
const grainSize = 128;
const grain = Buffer.alloc(grainSize * grainSize * 4);
for (let i = 0; i < grain.length; i += 4) {
  const v = int(0, 255);
  grain.set([v, v, v, 40], i);
}
const imageJobs: (() => Promise<unknown>)[] = [];
function image(name: string, width: number, height: number): string {
  imageJobs.push(() =>
    sharp(Buffer.from(artworkSvg(name, width, height)))
      .composite([
        { input: grain, raw: { width: grainSize, height: grainSize, channels: 4 }, tile: true, blend: 'overlay' },
      ])
      .jpeg({ quality: 80 })
      .toFile(join(out, 'afbeeldingen', `${name}.jpg`)),
  );
  return `../afbeeldingen/${name}.jpg`;
}

const schoolCount = Math.min(20, 4 + Math.floor(N / 250));
const schools = Array.from({ length: schoolCount }, (_, i) => `school-${pad(i + 1)}`);
schools.forEach((id, i) => {
  writeFileSync(
    join(out, 'scholen', `${id}.yaml`),
    `naam: Mbo-school ${i + 1} Utrecht\nkorteNaam: MS${i + 1}\nwebsite: https://school${i + 1}.example.nl\nomschrijving: Synthetische school ${i + 1} voor de benchmark.\n`,
  );
});

const ambassadorCount = Math.max(4, Math.floor(N / 5));
const ambassadors = Array.from({ length: ambassadorCount }, (_, i) => ({
  id: `ambassadeur-${pad(i + 1)}`,
  name: `${pick(names)} ${i + 1}`,
  school: pick(schools),
}));
for (const a of ambassadors) {
  const year = int(2019, 2026);
  writeFileSync(
    join(out, 'ambassadeurs', `${a.id}.${ext}`),
    `---\nnaam: ${yaml(a.name)}\nsoort: student\nschool: ${a.school}\njaren: [${year}-${year + 1}]\nsamenvatting: ${yaml(`${a.name} is ambassadeur en vertelt over het mbo.`)}\nportret:\n  src: ${image(`portret-${a.id}`, 800, 800)}\n  alt: Abstracte illustratie in de campagnekleuren, geen foto.\ntoestemming:\n  basis: formulier\n  gegeven: ${year}-09-01\n  door: zelf\n  onder16: false\n  vastgelegd: Synthetisch formulier\n---\n\n${paragraph(a.name, int(2, 6))}\n`,
  );
}

for (let i = 1; i <= N; i++) {
  const a = pick(ambassadors);
  const sector = pick(sectors);
  const job = pick(jobs[sector]);
  const first = a.name.split(' ')[0]!;
  writeFileSync(
    join(out, 'verhalen', `verhaal-${pad(i)}.${ext}`),
    `---\ntitel: ${yaml(`${first} wordt ${job} (${i})`)}\nsamenvatting: ${yaml(`${first} leert het vak van ${job} en werkt mee aan de stad.`)}\nambassadeurs: [${a.id}]\nscholen: [${a.school}]\nsector: ${sector}\ndatum: ${date(int(2020, 2026))}\nbron: Synthetisch interview\nafbeelding:\n  src: ${image(`verhaal-${pad(i)}`, 1600, 1000)}\n  alt: Abstracte illustratie in de campagnekleuren, geen foto.\ntags: [${job.split(' ')[0]}]\n---\n\n${body(first)}\n`,
  );
}

const categories = ['stad', 'sport', 'cultuur', 'techniek', 'gemeente', 'onderwijs'];
for (let i = 1; i <= Math.floor(N / 4); i++) {
  const start = `${date(int(2020, 2028))}T${String(int(9, 18)).padStart(2, '0')}:00`;
  const img =
    rnd() < 0.5
      ? `afbeelding:\n  src: ${image(`evenement-${pad(i)}`, 1600, 1000)}\n  alt: Abstracte illustratie in de campagnekleuren, geen foto.\n`
      : '';
  writeFileSync(
    join(out, 'agenda', `evenement-${pad(i)}.${ext}`),
    `---\ntitel: ${yaml(`Mbo-podium in ${pick(places)} (${i})`)}\nsamenvatting: Studenten laten zien wat ze kunnen.\nbron: Synthetische agenda\nstart: "${start}"\ncategorie: ${pick(categories)}\nscholen: [${pick(schools)}]\nlocatie:\n  naam: Buurthuis\n  plaats: Utrecht\n${img}---\n\n${paragraph('de klas', int(2, 5))}\n`,
  );
}

for (let i = 1; i <= Math.floor(N / 10); i++) {
  const visited = date(int(2019, 2026));
  writeFileSync(
    join(out, 'tour', `bezoek-${pad(i)}.${ext}`),
    `---\ntitel: ${yaml(`Tourbezoek ${i}`)}\ndatum: ${visited}\ngepubliceerd: ${visited}\nschool: ${pick(schools)}\nlocatie: Hoofdgebouw\nsamenvatting: De wethouder praat met studenten en docenten.\nbron: Synthetisch verslag\nfotos:\n  - src: ${image(`bezoek-${pad(i)}`, 1600, 1000)}\n    alt: Abstracte illustratie in de campagnekleuren, geen foto.\n---\n\n${body('de wethouder')}\n`,
  );
}

// Encode images a few at a time: sharp has its own thread pool.
const queue = [...imageJobs];
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await job();
  }),
);
console.log(
  `corpus in ${out}: ${N} verhalen, ${ambassadorCount} ambassadeurs, ${schoolCount} scholen, ${Math.floor(N / 4)} evenementen, ${Math.floor(N / 10)} tourbezoeken, ${imageJobs.length} beelden`,
);
