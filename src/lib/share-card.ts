/**
 * Share cards: the 1200 × 630 image a link preview shows (WhatsApp, LinkedIn,
 * Mastodon), with the page's own title, its school and the mbo030 wordmark, in
 * the campaign colours. Text is drawn as outlines from our own font files
 * (lib/trademark/outline-text), so no system font and no network is involved.
 * The title takes the largest size at which every line fits the safe area.
 */
import { brandColors } from './trademark/colors';
import { textWidth, wrapText } from './trademark/outline-text';
import { SvgCanvas } from './trademark/svg';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Nothing but the background may come closer to the edge than this: some apps crop the card. */
export const SAFE = { left: 72, top: 56, right: CARD_WIDTH - 72, bottom: CARD_HEIGHT - 56 } as const;

/** Where the title may go: below the eyebrow, above the wordmark row. */
export const TITLE_AREA = { left: SAFE.left, top: 148, right: SAFE.right, bottom: 470 } as const;

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
  /** The school's name, next to the wordmark; left out when there is none. */
  school?: string | undefined;
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
      for (const ch of word) {
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
    const shown = lines.length > maxLines ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]!.replace(/\s+\S*$/, '')} …`] : lines;
    const first = TITLE_AREA.top + ASCENT * size;
    const baselines = shown.map((_, n) => first + n * LINE * size);
    const right = TITLE_AREA.left + Math.max(...shown.map((l) => textWidth(l, size)));
    return { size, lines: shown, baselines, box: { left: TITLE_AREA.left, top: TITLE_AREA.top, right, bottom: baselines.at(-1)! + DESCENT * size } };
  }
  throw new Error('unreachable');
}

/** The card as SVG: background, eyebrow, title, wordmark and school. `titleOnly` draws the title alone (for measuring). */
export function shareCardSvg(input: ShareCardInput, opts: { titleOnly?: boolean } = {}): string {
  const c = new SvgCanvas(CARD_WIDTH, CARD_HEIGHT, input.title);
  const title = layoutTitle(input.title);
  if (!opts.titleOnly) {
    c.rect(0, 0, CARD_WIDTH, CARD_HEIGHT, brandColors.inkt.hex);
    c.rect(0, 0, 20, CARD_HEIGHT, brandColors.rood.hex);
    c.rect(CARD_WIDTH - 180, 0, 180, 20, brandColors.geel.hex);
    const eyebrow = wrapText(input.eyebrow, 30, SAFE.right - SAFE.left, 1)[0] ?? '';
    c.text(fitText(eyebrow, 30, SAFE.right - SAFE.left), SAFE.left, SAFE.top + 40, 30, brandColors.geel.hex);
  }
  title.lines.forEach((line, i) => c.text(line, TITLE_AREA.left, title.baselines[i]!, title.size, brandColors.wit.hex));
  if (!opts.titleOnly) {
    const markHeight = 56;
    const markTop = SAFE.bottom - markHeight;
    c.wordmark(SAFE.left, markTop, markHeight);
    if (input.school) {
      const x = SAFE.left + markHeight * (168 / 48) + 28;
      c.text(fitText(input.school, 30, SAFE.right - x), x, markTop + 39, 30, brandColors.wit.hex);
    }
  }
  return c.toString();
}

/** Shortens a one-line text with an ellipsis until it fits `width` px. */
function fitText(text: string, size: number, width: number): string {
  let t = text;
  while (t.length > 1 && textWidth(t, size) > width) t = `${t.slice(0, -2).trimEnd()}…`;
  return t;
}
