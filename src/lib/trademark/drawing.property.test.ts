/**
 * Property tests: the drawing functions (outlined text, share cards, school badges) take any string an
 * editor can type, or a file can hold: every Unicode plane, combining marks, emoji sequences with
 * joiners, right-to-left scripts, bidi controls, lone surrogates, control and non-characters. They never
 * throw, write well-formed SVG, keep the title inside its area, and draw the replacement sign exactly
 * where the content check's rule (undrawableCharacters) says so. librsvg (through sharp) parses a sample. fast-check (seeded: the same cases on
 * every run; FC_SEED=… to explore others) shrinks a failing string to a small one.
 */
import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  TITLE_AREA,
  CARD_PNG,
  cardBackgroundSvg,
  drawCard,
  layoutTitle,
  shareCardSvg,
} from '../share-card';
import { schoolBadge, schoolBadgeProblems } from './badge';
import { REPLACEMENT, drawableForm, font, undrawableCharacters } from './font-chain';
import { layoutText, textWidth } from './outline-text';
import { svgFileProblems } from './svg-checks';

const seed = Number(process.env.FC_SEED ?? 27);

/** Pieces that have broken text drawers before: marks, sequences, directions, controls, broken UTF-16. */
const tricky = fc.constantFrom(
  'e\u0301',
  'q\u0303',
  'a\u0308\u0323\u0301\u0301',
  'Z\u0351\u0352\u0357\u035b',
  '👩‍👩‍👧',
  '🏳️‍🌈',
  '👍🏽',
  '🇳🇱',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '#️⃣',
  '❤️',
  '❤',
  '★',
  '✓',
  '→',
  '∑',
  'محمد',
  'שלום',
  'عام ٢٠٢٢ و 2022',
  '(مرحبا)',
  '\u202Eabc\u202C',
  '\u2067x\u2069',
  '\u200F',
  'नमस्ते',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u0085',
  '\u009F',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDBFF',
  '\uFFFE',
  '\uFFFF',
  '\u{10FFFF}',
  '\u{E0001}',
  '\u{F0000}',
  '漢字',
  '한국어',
  'ไทย',
  'Ελληνικά',
  'Кириллица',
  'Ősz Łódź',
  '\uFFFD',
  '\u3000',
  '\u00A0',
  '\t',
  '\n',
  '\r\n',
  '\u2028',
  '\u00AD',
  '\u200B',
  '\u200D',
  '\uFE0F',
  '\uFEFF',
  '\u034F',
);
/** Any code point of any plane, surrogate halves included. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
const unit = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('Utrecht', 'mbo', ' ', 'Bouwtalent', '-', 'é', 'Arbeidsmarktdiscriminatiebestrijding'),
  },
  { weight: 4, arbitrary: tricky },
  { weight: 2, arbitrary: anyCodePoint },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);
const anyText = (maxLength = 24) => fc.array(unit, { maxLength }).map((a) => a.join(''));

/** What would make the SVG ill-formed XML: a character XML forbids, broken UTF-16, a bare & or < in text. */
function xmlProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!svg.isWellFormed()) problems.push('lone surrogate');
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids, looked for on purpose
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(svg)) problems.push('character XML forbids');
  if (/&(?!amp;|lt;|gt;|quot;)/.test(svg)) problems.push('bare &');
  const title = /<title id="titel">([^]*?)<\/title>/.exec(svg)?.[1];
  if (title === undefined || /[<>]/.test(title)) problems.push('title not escaped');
  return problems;
}

const replacementKey = () => `0-${font(0).glyphForCodePoint(REPLACEMENT.codePointAt(0)!).id}`;

// Random code points reach every font of the chain (each opened once, ~2 s) and rare shapers: generous timeouts.
describe('drawing any string', { timeout: 60_000 }, () => {
  it('lays out text without throwing, with finite positions and the same width as textWidth', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const laid = layoutText(text);
        for (const g of laid.glyphs) expect(Number.isInteger(g.x) && Number.isInteger(g.y)).toBe(true);
        expect(Number.isFinite(laid.width) && laid.width >= 0).toBe(true);
        expect(textWidth(text, 200)).toBeCloseTo(laid.width, 6);
      }),
      { seed, numRuns: 200 },
    );
  });

  it('draws the replacement sign exactly where the content check says it cannot draw a character', () => {
    const key = replacementKey();
    fc.assert(
      fc.property(anyText(), (text) => {
        const drawsReplacement = layoutText(text).glyphs.some((g) => g.key === key);
        expect(drawsReplacement).toBe(
          undrawableCharacters(text).length > 0 || drawableForm(text).includes(REPLACEMENT),
        );
      }),
      { seed, numRuns: 200 },
    );
  });

  it('writes a well-formed share card whose title stays inside its area', () => {
    const width = TITLE_AREA.right - TITLE_AREA.left;
    fc.assert(
      fc.property(anyText(8), anyText(40), fc.array(anyText(6), { maxLength: 5 }), (eyebrow, title, schools) => {
        const svg = shareCardSvg({ eyebrow, title, schools });
        expect(xmlProblems(svg)).toEqual([]);
        expect(svg).not.toMatch(/<text|<image|href="(?!#)/);
        const laid = layoutTitle(title);
        for (const line of laid.lines) expect(textWidth(line, laid.size)).toBeLessThanOrEqual(width + 1e-9);
        expect(laid.box.bottom).toBeLessThanOrEqual(TITLE_AREA.bottom);
      }),
      { seed, numRuns: 150 },
    );
  });

  it('builds a school badge for any name the content check lets through, and never throws', () => {
    fc.assert(
      fc.property(anyText(10), (name) => {
        const badge = schoolBadge(name);
        expect(xmlProblems(badge.svg)).toEqual([]);
        if (schoolBadgeProblems(name).length === 0) expect(svgFileProblems(badge.svg)).toEqual([]);
      }),
      { seed, numRuns: 150 },
    );
  });

  it('draws cards with such text into pixels as the build does, and they look like their SVG', async () => {
    const background = await sharp(Buffer.from(cardBackgroundSvg())).removeAlpha().raw().toBuffer();
    const scratch = Buffer.alloc(background.length);
    await fc.assert(
      fc.asyncProperty(
        anyText(8),
        anyText(30),
        fc.array(anyText(6), { maxLength: 4 }),
        async (eyebrow, title, schools) => {
          const input = { eyebrow, title, schools };
          // As data/share-cards makes it: drawn into a reused buffer, encoded, and read back from the PNG.
          const raw = { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } as const;
          const png = await sharp(drawCard(background, input, scratch).data, { raw })
            .png(CARD_PNG)
            .toBuffer();
          const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
          expect([info.width, info.height, info.channels]).toEqual([1200, 630, 3]);
          const svg = await sharp(Buffer.from(shareCardSvg(input)))
            .removeAlpha()
            .raw()
            .toBuffer();
          let far = 0;
          for (let i = 0; i < svg.length; i++) if (Math.abs(svg[i]! - data[i]!) > 64) far++;
          expect(far).toBe(0);
        },
      ),
      { seed, numRuns: 12 },
    );
  });
});
