import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  DUTCH_SUBSET,
  LATIN_REST,
  NOTO_LATIN,
  NOTO_LATIN_EXT,
  charactersOf,
  formatUnicodeRange,
  inRanges,
  normalizeRanges,
  parseUnicodeRange,
  subtractRanges,
  uncoveredCharacters,
} from './web-font';

const latin = parseUnicodeRange(NOTO_LATIN);
const latinExt = parseUnicodeRange(NOTO_LATIN_EXT);
const has = (ch: string, ranges: Parameters<typeof inRanges>[1]) => inRanges(ch.codePointAt(0)!, ranges);

describe('unicode ranges', () => {
  it('parses, merges and prints ranges', () => {
    expect(parseUnicodeRange('U+0041-005A, U+0061-007a,U+005B')).toEqual([
      [0x41, 0x5b],
      [0x61, 0x7a],
    ]);
    expect(
      formatUnicodeRange([
        [0x20ac, 0x20ac],
        [0, 0xff],
      ]),
    ).toBe('U+0000-00FF,U+20AC');
    expect(
      normalizeRanges([
        [5, 9],
        [1, 3],
        [4, 4],
        [20, 21],
      ]),
    ).toEqual([
      [1, 9],
      [20, 21],
    ]);
    expect(() => parseUnicodeRange('U+00G1')).toThrow(/U\+00G1/);
  });

  it('subtracts one set of ranges from another', () => {
    expect(
      subtractRanges(
        [[0, 100]],
        [
          [10, 20],
          [50, 50],
          [90, 200],
        ],
      ),
    ).toEqual([
      [0, 9],
      [21, 49],
      [51, 89],
    ]);
    expect(subtractRanges([[0, 10]], [[0, 10]])).toEqual([]);
    expect(
      charactersOf([
        [0x61, 0x63],
        [0x20ac, 0x20ac],
      ]),
    ).toBe('abc€');
  });
});

describe('the split of the Latin file', () => {
  it('copies the ranges of the @fontsource package it loads', () => {
    const css = readFileSync(createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans/wght.css'), 'utf8');
    const rangeOf = (file: string) => new RegExp(`${file}[^}]*unicode-range:\\s*([^;]+);`).exec(css)?.[1];
    expect(rangeOf('noto-sans-latin-wght-normal')).toBe(NOTO_LATIN);
    expect(rangeOf('noto-sans-latin-ext-wght-normal')).toBe(NOTO_LATIN_EXT);
  });

  it('takes the subset from the Latin file only, and the subset and the rest together are the whole Latin file', () => {
    expect(subtractRanges(DUTCH_SUBSET, latin)).toEqual([]);
    expect(subtractRanges(LATIN_REST, DUTCH_SUBSET)).toEqual(LATIN_REST);
    expect(normalizeRanges([...DUTCH_SUBSET, ...LATIN_REST])).toEqual(latin);
  });

  it('holds every Dutch letter and mark in the subset, and leaves rarer ones to the fallback files', () => {
    for (const ch of 'aàáâäeéèêëiíìîïoóòôöuúùûüçñ€–—‘’‚“”„…•‹›«»·×§ ­') expect(has(ch, DUTCH_SUBSET), ch).toBe(true);
    for (const ch of 'Œœı™‰−') expect([has(ch, DUTCH_SUBSET), has(ch, LATIN_REST)], ch).toEqual([false, true]);
    for (const ch of 'şğčł') expect(has(ch, latinExt), ch).toBe(true);
  });
});

describe('uncoveredCharacters', () => {
  const wasDrawn = normalizeRanges([...latin, ...latinExt]);
  const faces = [[...DUTCH_SUBSET], [...LATIN_REST], latinExt];

  it('finds nothing when the three files are all there', () => {
    expect(uncoveredCharacters('Œuvre van Şükrü Yılmaz – €5 → ✓ 👩', faces, wasDrawn)).toEqual([]);
  });

  it('names a character that Noto Sans drew before but no face covers now', () => {
    expect(uncoveredCharacters('Merk™, 5‰, naïef', [[...DUTCH_SUBSET], latinExt], wasDrawn)).toEqual(['™', '‰']);
    expect(uncoveredCharacters('Şükrü', [[...DUTCH_SUBSET], [...LATIN_REST]], wasDrawn)).toEqual(['Ş']);
  });

  it('ignores characters that Noto Sans never drew (they were a system font before too)', () => {
    expect(uncoveredCharacters('→ ✓ 👩 ع', [[...DUTCH_SUBSET]], wasDrawn)).toEqual([]);
  });
});
