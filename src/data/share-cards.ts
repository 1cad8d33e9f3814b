/**
 * The share card of every story, event, diary entry, ambassador and school
 * (lib/share-card draws them). Built from the published content (data/site), so
 * a person without valid consent has no card and appears on none. Drawn once
 * per design and text: the PNG is kept in the build cache under the hash of its
 * SVG, so a warm build reads it instead of drawing it; missing cards are drawn
 * side by side, one per core.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { formatDate } from '../lib/dutch-dates';
import { cardEventDate } from '../lib/share-card-text';
import { path } from '../lib/routes';
import { CARD_HEIGHT, CARD_WIDTH, cardTexts, shareCardSvg, type ShareCardInput } from '../lib/share-card';
import { absolute, href } from '../lib/urls';
import { siteContent } from './site';

/** The collections that have a page per entry, and so a card. */
export type CardCollection = 'verhalen' | 'agenda' | 'tour' | 'ambassadeurs' | 'scholen';

export interface ShareCardSpec {
  collection: CardCollection;
  id: string;
  input: ShareCardInput;
}

/** What a page puts in its Open Graph tags. */
export interface PageShare {
  url: string;
  width: number;
  height: number;
  type: string;
  /** The title on the card, which is what the image says. */
  alt: string;
}

let specs: Promise<ShareCardSpec[]> | undefined;

/** Every card of the site, from the published content. */
export function shareCardSpecs(): Promise<ShareCardSpec[]> {
  specs ??= (async () => {
    const c = await siteContent();
    // Every school the page names, in the page's order (the card shortens to "4 scholen" when they do not fit).
    const schoolNames = (ids: readonly (string | undefined)[]) =>
      ids.filter((id) => id !== undefined).map((id) => c.school(id).data.naam);
    const card = (collection: CardCollection, id: string, input: ShareCardInput) => ({ collection, id, input });
    return [
      ...c.stories.map((s) => card('verhalen', s.id, { eyebrow: `Verhaal · ${s.data.sector}`, title: s.data.titel, schools: schoolNames(s.data.scholen) })),
      ...[...c.events, ...c.undated].map((e) => {
        const date = cardEventDate(e.data);
        return card('agenda', e.id, { eyebrow: date ? `Agenda · ${date}` : 'Agenda', title: e.data.titel, schools: schoolNames(e.data.scholen) });
      }),
      ...c.visits.map((v) =>
        card('tour', v.id, { eyebrow: `Mbo Tour 030 · ${formatDate(v.data.datum, v.data.precisie)}`, title: v.data.titel, schools: schoolNames([v.data.school]) }),
      ),
      ...c.ambassadors.map((a) =>
        card('ambassadeurs', a.id, { eyebrow: 'Ambassadeur van het Utrechtse mbo', title: a.data.naam, schools: schoolNames([a.data.school]) }),
      ),
      ...c.schools.map((s) => card('scholen', s.id, { eyebrow: 'Mbo-school in Utrecht', title: s.data.naam })),
    ];
  })();
  return specs;
}

/** The Open Graph data of an entry's card. */
export function pageShare(collection: CardCollection, id: string, title: string, site: URL): PageShare {
  return { url: absolute(href(path('shareCard', { collection, id })), site), width: CARD_WIDTH, height: CARD_HEIGHT, type: 'image/png', alt: title };
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
    const todo = list.map((spec) => {
      const svg = shareCardSvg(spec.input);
      return { key: `${spec.collection}/${spec.id}`, svg, file: join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 24)}.png`) };
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
    const worker = async () => {
      for (let t = queue.shift(); t; t = queue.shift()) {
        // Flat colours: without adaptive filtering the file is as small and encoding ±20 % faster.
        const png = await sharp(Buffer.from(t.svg)).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
        const tmp = `${t.file}.${process.pid}`;
        writeFileSync(tmp, png);
        renameSync(tmp, t.file);
        out.set(t.key, t.file);
      }
    };
    const started = performance.now();
    const toDraw = queue.length;
    await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
    // One line the benchmark reads (scripts/bench.ts): the cards' own cost, apart from the rest of the build.
    console.log(`[mbo030] deelkaarten: ${toDraw} getekend in ${((performance.now() - started) / 1000).toFixed(1)} s, ${todo.length - toDraw} uit de cache`);
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
