/** The trademark itself as downloadable files: the wordmark in colour, black and white. */
import { SvgCanvas, WORDMARK_RATIO, wordmarkSchemes, type WordmarkScheme } from './svg';

export const trademarkVariants = Object.keys(wordmarkSchemes) as WordmarkScheme[];

export const trademarkVariantInfo: Record<WordmarkScheme, { label: string; use: string }> = {
  kleur: { label: 'In kleur', use: 'De standaard: op wit, licht of donker' },
  zwart: { label: 'Zwart', use: 'Als er maar één kleur gedrukt kan worden, op een lichte ondergrond' },
  wit: { label: 'Wit', use: 'Op een donkere of gekleurde ondergrond, als kleur niet kan' },
};

/** Height in px of the 1× file; PNGs also come at 2× and 4×. */
export const TRADEMARK_HEIGHT = 120;

export function trademarkSvg(scheme: WordmarkScheme): { svg: string; width: number; height: number } {
  const height = TRADEMARK_HEIGHT;
  const width = height * WORDMARK_RATIO;
  const svg = new SvgCanvas(
    width,
    height,
    `mbo030, het merk van het Utrechtse mbo (${trademarkVariantInfo[scheme].label.toLowerCase()})`,
  )
    .wordmark(0, 0, height, scheme)
    .toString();
  return { svg, width, height };
}
