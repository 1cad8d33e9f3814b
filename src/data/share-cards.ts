/**
 * The share card of every story, event, diary entry, ambassador and school
 * (lib/share-card draws them). Built from the published content (data/site), so
 * a person without valid consent has no card and appears on none. Drawn once
 * per design and text: the PNG is kept in the build cache under the hash of what
 * it draws, so a warm build reads it instead of drawing it. The background is
 * rendered once (librsvg, through sharp); each card's texts are drawn onto a copy
 * of its pixels (lib/trademark/raster) and encoded as PNG, two cards per core.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { collectionNames, contentTypes, type CollectionName, type EntryData } from '../content-types';
import { path } from '../lib/routes';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardBackgroundSvg,
  cardTextDefinition,
  cardTexts,
  CARD_PNG,
  drawCard,
  type ShareCardInput,
} from '../lib/share-card';
import { absolute, href } from '../lib/urls';
import { siteContent } from './site';

export interface ShareCardSpec {
  collection: CollectionName;
  id: string;
  input: ShareCardInput;
}

/** What a page puts in its Open Graph tags about its share card. */
export interface ShareCardMeta {
  url: string;
  width: number;
  height: number;
  type: string;
  /** The title on the card, which is what the image says. */
  alt: string;
}

/** The cards of one content type, from its module's `shareCard` (none when it has no page per entry). */
function cardsOf<N extends CollectionName>(
  name: N,
  entries: readonly { id: string; data: EntryData<N> }[],
  schoolName: (id: string) => string,
): ShareCardSpec[] {
  const card = contentTypes[name].shareCard;
  if (!card) return [];
  // Every school the page names, in the page's order (the card shortens to "4 scholen" when they do not fit).
  const schools = (data: EntryData<N>) =>
    card
      .schools?.(data)
      .filter((id) => id !== undefined)
      .map(schoolName);
  return entries.map((e) => {
    const names = schools(e.data);
    return {
      collection: name,
      id: e.id,
      input: { eyebrow: card.eyebrow(e.data), title: String(e.data[card.title]), ...(names ? { schools: names } : {}) },
    };
  });
}

let specs: Promise<ShareCardSpec[]> | undefined;

/** Every card of the site, from the published content. */
export function shareCardSpecs(): Promise<ShareCardSpec[]> {
  specs ??= (async () => {
    const c = await siteContent();
    const schoolName = (id: string) => c.school(id).data.naam;
    return collectionNames.flatMap((name) => cardsOf(name, c.published[name], schoolName));
  })();
  return specs;
}

/** The Open Graph data of an entry's share card. */
export function shareCardMeta(collection: CollectionName, id: string, title: string, site: URL): ShareCardMeta {
  return {
    url: absolute(href(path('shareCard', { collection, id })), site),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: 'image/png',
    alt: title,
  };
}

/** Two fixed cards: a short title at the largest size, and a long one with accents, Arabic, Hebrew, emoji and four schools. */
const PROBES: ShareCardInput[] = [
  { eyebrow: 'Verhaal · zorg en welzijn', title: 'Fleur start', schools: ['MBO Utrecht'] },
  {
    eyebrow: 'Agenda · 12 maart 2024',
    title: 'Één leerling uit Zuilen wint goud: Ruth-Anaïs bouwt een brug · مرحبا · שלום · 👩‍🔧 → ≤ 漢',
    schools: ['ROC Midden Nederland', 'MBO Utrecht', 'Grafisch Lyceum Utrecht', 'Nimeto'],
  },
];

/**
 * What decides how texts become pixels, as a hash: the probes drawn on the background, and the PNG
 * settings. It is part of every card's cache name, so a change to the drawing code (lib/trademark/raster,
 * drawCardTexts) or the background renames every card; no version number to remember. Where the texts
 * go and which glyphs they take is in each card's own part of the name (cardTextDefinition).
 */
function drawingFingerprint(background: Buffer): string {
  const hash = createHash('sha256').update(JSON.stringify(CARD_PNG));
  const into = Buffer.allocUnsafe(background.length);
  for (const probe of PROBES) hash.update(drawCard(background, probe, into).data);
  return hash.digest('hex');
}

const cacheDir = join(process.env.CACHE_DIR ?? 'node_modules/.astro', 'deelkaarten');
let drawn: Promise<Map<string, string>> | undefined;

/** Draws (or reads from the cache) every card once per build. */
function allCards(): Promise<Map<string, string>> {
  drawn ??= (async () => {
    mkdirSync(cacheDir, { recursive: true });
    const list = await shareCardSpecs();
    // Per card the cache file that holds its PNG (not the bytes: 3,000 cards would stay in memory).
    const out = new Map<string, string>();
    const background = cardBackgroundSvg();
    const backgroundPixels = await sharp(Buffer.from(background)).removeAlpha().raw().toBuffer();
    const drawing = drawingFingerprint(backgroundPixels);
    const todo = list.map((spec) => {
      const what = `${drawing}\n${cardTextDefinition(spec.input)}`;
      return {
        key: `${spec.collection}/${spec.id}`,
        input: spec.input,
        file: join(cacheDir, `${createHash('sha256').update(what).digest('hex').slice(0, 24)}.png`),
      };
    });
    // What each card says, as drawn, beside the PNGs: the consent test reads it (PNG pixels cannot be searched for a name).
    const texts = Object.fromEntries(list.map((spec) => [`${spec.collection}/${spec.id}`, cardTexts(spec.input)]));
    writeFileSync(join(cacheDir, `teksten.json.${process.pid}`), `${JSON.stringify(texts, null, 1)}\n`);
    renameSync(join(cacheDir, `teksten.json.${process.pid}`), join(cacheDir, 'teksten.json'));
    const queue = todo.filter((t) => {
      if (!existsSync(t.file)) return true;
      out.set(t.key, t.file);
      return false;
    });
    const raw = { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } as const;
    const worker = async () => {
      // One image per worker, reused: sharp has read it once the PNG is made.
      const into = Buffer.allocUnsafe(CARD_WIDTH * CARD_HEIGHT * 3);
      for (let t = queue.shift(); t; t = queue.shift()) {
        const png = await sharp(drawCard(backgroundPixels, t.input, into).data, { raw })
          .png(CARD_PNG)
          .toBuffer();
        const tmp = `${t.file}.${process.pid}`;
        writeFileSync(tmp, png);
        renameSync(tmp, t.file);
        out.set(t.key, t.file);
      }
    };
    const started = performance.now();
    const toDraw = queue.length;
    // Two cards per core: one is drawn (JavaScript, ±1 ms) while the other's PNG is encoded (±3 ms, libvips).
    await Promise.all(Array.from({ length: 2 * Math.max(1, availableParallelism()) }, worker));
    // One line the benchmark reads (scripts/bench.ts): the cards' own cost, apart from the rest of the build.
    console.log(
      `[mbo030] deelkaarten: ${toDraw} getekend in ${((performance.now() - started) / 1000).toFixed(1)} s, ${todo.length - toDraw} uit de cache`,
    );
    return out;
  })();
  return drawn;
}

/** The size in bytes of one card's PNG (for a feed's enclosure), without reading it. */
export async function shareCardSize(collection: string, id: string): Promise<number> {
  const file = (await allCards()).get(`${collection}/${id}`);
  if (!file) throw new Error(`Geen deelkaart voor ${collection}/${id}.`);
  return statSync(file).size;
}

/** The PNG of one card. */
export async function shareCardPng(collection: string, id: string): Promise<Buffer> {
  const file = (await allCards()).get(`${collection}/${id}`);
  if (!file) throw new Error(`Geen deelkaart voor ${collection}/${id}.`);
  return readFileSync(file);
}
