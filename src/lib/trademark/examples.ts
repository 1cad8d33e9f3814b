/**
 * Pictures for the usage rules: clear space, minimum size, placement, and what
 * not to do. Shapes only, so they pass the same checks as the badges.
 */
import { brandColors } from './colors';
import { wordmarkShapes, type WordmarkScheme } from './svg';

export interface RuleExample {
  name: string;
  /** Alt text and caption. */
  caption: string;
  good: boolean;
}

export const ruleExamples: RuleExample[] = [
  {
    name: 'vrije-ruimte',
    caption: 'Houd rondom het merk vrije ruimte: minstens een kwart van de hoogte van het merk.',
    good: true,
  },
  {
    name: 'minimale-maat',
    caption: 'Gebruik het merk niet kleiner dan 80 pixels breed op een scherm, of 20 millimeter op papier.',
    good: true,
  },
  { name: 'op-licht', caption: 'Het logo in kleur op een lichte achtergrond.', good: true },
  {
    name: 'op-donker',
    caption: 'Het logo in kleur op een donkere achtergrond. Het rode vlak houdt het zichtbaar.',
    good: true,
  },
  {
    name: 'niet-uitrekken',
    caption: 'Het logo uitgerekt of platgedrukt. Verander altijd breedte en hoogte samen.',
    good: false,
  },
  { name: 'niet-draaien', caption: 'Het logo scheef of gedraaid.', good: false },
  {
    name: 'niet-andere-kleuren',
    caption: 'Het logo in andere kleuren. Gebruik alleen kleur, zwart of wit.',
    good: false,
  },
  {
    name: 'niet-op-rood',
    caption: 'Het logo in kleur op een rode achtergrond. Het vlak valt weg; kies dan de witte versie.',
    good: false,
  },
];

const W = 400;
const H = 240;
const mark = (x: number, y: number, s: number, scheme: WordmarkScheme = 'kleur', extra = '') =>
  `<g transform="translate(${x} ${y}) scale(${s})${extra}">${wordmarkShapes(scheme)}</g>`;

function scene(name: string): string {
  const { inkt, rood } = brandColors;
  switch (name) {
    case 'vrije-ruimte':
      return `<rect width="${W}" height="${H}" fill="#fff8ec"/><rect x="58" y="66" width="284" height="108" fill="none" stroke="${inkt.hex}" stroke-width="2" stroke-dasharray="6 5"/><path d="M58 120h22M320 120h22M200 66v16M200 158v16" stroke="${rood.hex}" stroke-width="3"/>${mark(80, 82, 1.43)}`;
    case 'minimale-maat':
      return `<rect width="${W}" height="${H}" fill="#fff8ec"/>${mark(160, 100, 80 / 168)}<path d="M160 140h80M160 134v12M240 134v12" stroke="${inkt.hex}" stroke-width="3"/>`;
    case 'op-licht':
      return `<rect width="${W}" height="${H}" fill="#fff1c2"/>${mark(74, 84, 1.5)}`;
    case 'op-donker':
      return `<rect width="${W}" height="${H}" fill="${inkt.hex}"/>${mark(74, 84, 1.5)}`;
    case 'niet-uitrekken':
      return `<rect width="${W}" height="${H}" fill="#fff8ec"/><g transform="translate(30 96) scale(2.02 1)">${wordmarkShapes('kleur')}</g>`;
    case 'niet-draaien':
      return `<rect width="${W}" height="${H}" fill="#fff8ec"/>${mark(90, 60, 1.3, 'kleur', ' rotate(18)')}`;
    case 'niet-andere-kleuren':
      return `<rect width="${W}" height="${H}" fill="#fff8ec"/><g transform="translate(74 84) scale(1.5)">${wordmarkShapes('kleur').replace('#b80c1f', '#2f8f3a').replace('#ffd23f', '#7fd0ff')}</g>`;
    case 'niet-op-rood':
      return `<rect width="${W}" height="${H}" fill="${rood.hex}"/>${mark(74, 84, 1.5)}`;
    default:
      throw new Error(`onbekend voorbeeld: ${name}`);
  }
}

/** The SVG of one rule example, with its caption as title. */
export function ruleExampleSvg(example: RuleExample): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="titel"><title id="titel">${example.good ? 'Goed' : 'Fout'}: ${example.caption}</title>${scene(example.name)}</svg>\n`;
}

export const RULE_EXAMPLE_SIZE = { width: W, height: H };
