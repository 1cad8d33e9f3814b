/**
 * The wordmark's drawing, in one place: a 168 × 48 plate with "mbo" and "030"
 * as stroked shapes (no font needed). The site header (components/Wordmark.astro),
 * the trademark files, badges and share cards (svg.ts) and the artwork
 * (scripts/make-artwork.ts, scripts/artwork.ts) all draw it from here.
 */
import { brandColors } from './colors';

export type WordmarkShape =
  | { tag: 'path'; d: string }
  | { tag: 'circle'; cx: number; cy: number; r: number }
  | { tag: 'ellipse'; cx: number; cy: number; rx: number; ry: number };

/** Size, plate corner and stroke of the drawing. */
export const WORDMARK = { width: 168, height: 48, plateRadius: 10, strokeWidth: 6 } as const;

/** The letters, each group stroked in one colour with round caps and joins. */
export const wordmarkLetters: { mbo: readonly WordmarkShape[]; digits: readonly WordmarkShape[] } = {
  mbo: [
    { tag: 'path', d: 'M12 36V20a6 6 0 0 1 12 0v16M24 20a6 6 0 0 1 12 0v16' },
    { tag: 'path', d: 'M44 8v28M44 26a10 10 0 1 0 0-.1' },
    { tag: 'circle', cx: 75, cy: 26, r: 10 },
  ],
  digits: [
    { tag: 'ellipse', cx: 105, cy: 24, rx: 8, ry: 12 },
    { tag: 'path', d: 'M122 14a8 6 0 1 1 6 10a8 6.5 0 1 1-7 10' },
    { tag: 'ellipse', cx: 150, cy: 24, rx: 8, ry: 12 },
  ],
};

/** One shape as SVG markup: `<circle cx="75" cy="26" r="10"/>`. */
export function shapeSvg(shape: WordmarkShape): string {
  const { tag, ...attributes } = shape;
  return `<${tag} ${Object.entries(attributes)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ')}/>`;
}

/** Colour schemes of the wordmark: full colour, all black, all white (for dark backgrounds). */
export const wordmarkSchemes = {
  kleur: { plate: brandColors.rood.hex, outline: undefined, mbo: brandColors.wit.hex, digits: brandColors.geel.hex },
  zwart: { plate: '#000000', outline: undefined, mbo: '#ffffff', digits: '#ffffff' },
  wit: { plate: 'none', outline: '#ffffff', mbo: '#ffffff', digits: '#ffffff' },
} as const;
export type WordmarkScheme = keyof typeof wordmarkSchemes;

/** The wordmark's own proportions. */
export const WORDMARK_RATIO = WORDMARK.width / WORDMARK.height;

/** The wordmark as SVG shapes in its own units (168 × 48), in one of its colour schemes. */
export function wordmarkShapes(scheme: WordmarkScheme): string {
  const s = wordmarkSchemes[scheme];
  const plate = s.outline
    ? `<rect x="1.5" y="1.5" width="165" height="45" rx="9" fill="none" stroke="${s.outline}" stroke-width="3"/>`
    : `<rect width="${WORDMARK.width}" height="${WORDMARK.height}" rx="${WORDMARK.plateRadius}" fill="${s.plate}"/>`;
  const stroke = `fill="none" stroke-width="${WORDMARK.strokeWidth}" stroke-linecap="round" stroke-linejoin="round"`;
  const letters = (shapes: readonly WordmarkShape[]) => shapes.map(shapeSvg).join('');
  return (
    plate +
    `<g ${stroke} stroke="${s.mbo}">${letters(wordmarkLetters.mbo)}</g>` +
    `<g ${stroke} stroke="${s.digits}">${letters(wordmarkLetters.digits)}</g>`
  );
}
