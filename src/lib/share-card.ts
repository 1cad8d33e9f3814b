/**
 * Share cards: the 1200 × 630 image a link preview shows (WhatsApp, LinkedIn,
 * Mastodon), with the page's own title, its school and the mbo030 wordmark, in
 * the campaign colours. Text is drawn as outlines from our own font files
 * (lib/trademark/outline-text), so no system font and no network is involved.
 * The title takes the largest size at which every line fits the safe area.
 * Any character is drawn (see lib/trademark/font-chain); none makes it throw.
 */
import { brandColors } from './trademark/colors';
import { graphemes } from './trademark/font-chain';
import { layoutText, textWidth, wrapText } from './trademark/outline-text';
import { fillText, type RgbImage } from './trademark/raster';
import { SvgCanvas } from './trademark/svg';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Nothing but the background may come closer to the edge than this: some apps crop the card. */
export const SAFE = { left: 72, top: 56, right: CARD_WIDTH - 72, bottom: CARD_HEIGHT - 56 } as const;

/** Where the title may go: below the eyebrow, above the wordmark row. */
export const TITLE_AREA = { left: SAFE.left, top: 148, right: SAFE.right, bottom: 470 } as const;

/** Where the schools' line starts: right of the wordmark. */
const SCHOOLS_LEFT = SAFE.left + 56 * (168 / 48) + 28;
const SCHOOL_SIZE = 30;
/** Two lines of this size fill the wordmark's 56 px, descenders included. */
const SMALL_SCHOOL_SIZE = 24;

/** Title sizes tried from large to small; line height is 1.12 × size. */
const SIZES = [76, 68, 60, 54, 48, 42, 38] as const;
const LINE = 1.12;
/** Noto Sans ExtraBold's cap height and descender, as parts of the size, for the title's box. */
const ASCENT = 0.76;
const DESCENT = 0.24;

export interface ShareCardInput {
  /** Small line above the title: "Verhaal · zorg en welzijn". */
  eyebrow: string;
  title: string;
  /** The schools' names, next to the wordmark: all of them, or "4 scholen" when they do not fit. */
  schools?: readonly string[] | undefined;
}

export interface TitleLayout {
  size: number;
  lines: string[];
  /** Baseline of each line. */
  baselines: number[];
  /** The box the title's letters take (cap height to descender), for tests and checks. */
  box: { left: number; top: number; right: number; bottom: number };
}

/** Splits a word that is wider than the line on its own into pieces that fit. */
function splitLongWords(text: string, size: number, width: number): string {
  return text
    .split(/\s+/)
    .flatMap((word) => {
      if (textWidth(word, size) <= width) return [word];
      const pieces: string[] = [];
      let piece = '';
      for (const ch of graphemes(word)) {
        if (piece && textWidth(`${piece}${ch}-`, size) > width) {
          pieces.push(`${piece}-`);
          piece = ch;
        } else piece += ch;
      }
      return [...pieces, piece];
    })
    .join(' ');
}

/** The largest title size at which every line fits the title area, and its lines. */
export function layoutTitle(title: string): TitleLayout {
  const width = TITLE_AREA.right - TITLE_AREA.left;
  const height = TITLE_AREA.bottom - TITLE_AREA.top;
  for (const [i, size] of SIZES.entries()) {
    const last = i === SIZES.length - 1;
    const text = last ? splitLongWords(title, size, width) : title;
    const maxLines = Math.floor((height - (ASCENT + DESCENT) * size) / (LINE * size)) + 1;
    const lines = wrapText(text, size, width, last ? Number.MAX_SAFE_INTEGER : maxLines);
    const fits = lines.length <= maxLines && lines.every((l) => textWidth(l, size) <= width);
    if (!fits && !last) continue;
    // At the smallest size a title that still does not fit is cut with an ellipsis; 90 characters always fit.
    const shown =
      lines.length > maxLines
        ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]!.replace(/\s+\S*$/, '')} …`]
        : lines;
    const first = TITLE_AREA.top + ASCENT * size;
    const baselines = shown.map((_, n) => first + n * LINE * size);
    const right = TITLE_AREA.left + Math.max(0, ...shown.map((l) => textWidth(l, size)));
    return {
      size,
      lines: shown,
      baselines,
      box: { left: TITLE_AREA.left, top: TITLE_AREA.top, right, bottom: (baselines.at(-1) ?? first) + DESCENT * size },
    };
  }
  throw new Error('unreachable');
}

/** One text a card draws: its first baseline at (x, y), `size` px, in `fill`. */
interface PlacedText {
  part: 'eyebrow' | 'title' | 'school';
  text: string;
  x: number;
  y: number;
  size: number;
  fill: string;
}

/** Everything on a card that is the same on every card: background, colour bars and the wordmark. */
function drawCardBackground(c: SvgCanvas): SvgCanvas {
  c.rect(0, 0, CARD_WIDTH, CARD_HEIGHT, brandColors.inkt.hex);
  c.rect(0, 0, 20, CARD_HEIGHT, brandColors.rood.hex);
  c.rect(CARD_WIDTH - 180, 0, 180, 20, brandColors.geel.hex);
  return c.wordmark(SAFE.left, MARK_TOP, MARK_HEIGHT);
}

const MARK_HEIGHT = 56;
const MARK_TOP = SAFE.bottom - MARK_HEIGHT;

/** The texts of one card, placed: the eyebrow, each line of the title and each line of schools. */
function placedTexts(input: ShareCardInput): PlacedText[] {
  const title = layoutTitle(input.title);
  const eyebrow = wrapText(input.eyebrow, 30, SAFE.right - SAFE.left, 1)[0] ?? '';
  const schools = schoolLines(input.schools ?? []);
  const white = brandColors.wit.hex;
  return [
    {
      part: 'eyebrow',
      text: fitText(eyebrow, 30, SAFE.right - SAFE.left),
      x: SAFE.left,
      y: SAFE.top + 40,
      size: 30,
      fill: brandColors.geel.hex,
    },
    ...title.lines.map((text, i) => ({
      part: 'title' as const,
      text,
      x: TITLE_AREA.left,
      y: title.baselines[i]!,
      size: title.size,
      fill: white,
    })),
    ...schools.lines.map((text, i) => ({
      part: 'school' as const,
      text,
      x: SCHOOLS_LEFT,
      y: MARK_TOP + schools.baselines[i]!,
      size: schools.size,
      fill: white,
    })),
  ];
}

/**
 * The card as SVG: background, eyebrow, title, wordmark and school. `titleOnly` draws the title alone
 * (for measuring). The build draws the same texts into pixels instead (drawCard); the tests render
 * this SVG with librsvg and hold the pixels to it.
 */
export function shareCardSvg(input: ShareCardInput, opts: { titleOnly?: boolean } = {}): string {
  const c = new SvgCanvas(CARD_WIDTH, CARD_HEIGHT, input.title);
  if (!opts.titleOnly) drawCardBackground(c);
  for (const t of placedTexts(input))
    if (!opts.titleOnly || t.part === 'title') c.text(t.text, t.x, t.y, t.size, t.fill);
  return c.toString();
}

/** The part of every card that is the same, as SVG: the build renders it once and draws each card's texts on it. */
export const cardBackgroundSvg = (): string =>
  drawCardBackground(new SvgCanvas(CARD_WIDTH, CARD_HEIGHT, 'mbo030')).toString();

/** Draws a card's texts onto the pixels of its background, where shareCardSvg places them (lib/trademark/raster). */
export function drawCardTexts(img: RgbImage, input: ShareCardInput): void {
  for (const t of placedTexts(input)) fillText(img, t.text, t.x, t.y, t.size, t.fill);
}

/** How the build encodes a card's pixels as PNG: flat colours, so no adaptive filtering (as small, ±20 % faster). */
export const CARD_PNG = { compressionLevel: 6, adaptiveFiltering: false } as const;

/**
 * One card's pixels, as the build makes them: the background's RGB pixels (from cardBackgroundSvg) copied
 * into `into` (reused from card to card), then the texts drawn on them. Throws on a background of the
 * wrong size rather than leave old memory in a public image.
 */
export function drawCard(background: Uint8Array, input: ShareCardInput, into: Buffer): RgbImage {
  const bytes = CARD_WIDTH * CARD_HEIGHT * 3;
  if (background.length !== bytes || into.length !== bytes)
    throw new Error(`share card: ${background.length} and ${into.length} bytes, not ${bytes} (1200 × 630 RGB)`);
  into.set(background);
  const img = { width: CARD_WIDTH, height: CARD_HEIGHT, data: into };
  drawCardTexts(img, input);
  return img;
}

/** What decides a card's texts as pixels (each glyph's outline and place, size, colour), as one string to hash. */
export function cardTextDefinition(input: ShareCardInput): string {
  return JSON.stringify(
    placedTexts(input).map((t) => [t.x, t.y, t.size, t.fill, layoutText(t.text).glyphs.map((g) => [g.d, g.x, g.y])]),
  );
}

/** The texts a card draws, as drawn (the schools as schoolLines gives them): for the build's record and the tests. */
export function cardTexts(input: ShareCardInput): string[] {
  return [input.eyebrow, input.title, ...schoolLines(input.schools ?? []).lines];
}

/** "A, B en C": Dutch for a list. */
export function dutchList(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}

/** The schools beside the wordmark: one line, or two smaller ones (baselines from the top of the wordmark). */
export interface SchoolLines {
  size: number;
  lines: string[];
  baselines: number[];
}

/**
 * The schools as the card names them, measured: every name on one line when they fit, else on two
 * smaller lines broken between names, else "4 scholen". One school's name that is too long is
 * shortened with an ellipsis.
 */
export function schoolLines(names: readonly string[]): SchoolLines {
  const width = SAFE.right - SCHOOLS_LEFT;
  const all = dutchList(names);
  if (names.length === 0) return { size: SCHOOL_SIZE, lines: [], baselines: [] };
  if (names.length === 1 || textWidth(all, SCHOOL_SIZE) <= width)
    return { size: SCHOOL_SIZE, lines: [fitText(all, SCHOOL_SIZE, width)], baselines: [39] };
  const splits = names.slice(1).map((_, i) => [`${names.slice(0, i + 1).join(', ')},`, dutchList(names.slice(i + 1))]);
  const widest = (pair: string[]) => Math.max(...pair.map((l) => textWidth(l, SMALL_SCHOOL_SIZE)));
  const best = splits.filter((pair) => widest(pair) <= width).sort((a, b) => widest(a) - widest(b))[0];
  if (best) return { size: SMALL_SCHOOL_SIZE, lines: best, baselines: [22, 50] };
  return { size: SCHOOL_SIZE, lines: [`${names.length} scholen`], baselines: [39] };
}

/** Shortens a one-line text with an ellipsis, a whole character at a time, until it fits `width` px. */
function fitText(text: string, size: number, width: number): string {
  let t = text;
  let chars = graphemes(text);
  while (chars.length > 1 && textWidth(t, size) > width) {
    chars = graphemes(
      chars
        .slice(0, t === text ? -2 : -1)
        .join('')
        .trimEnd(),
    );
    t = `${chars.join('')}…`;
  }
  return t;
}
