/**
 * Which characters each Noto Sans file draws. Every page preloads one small
 * file: the variable font cut down to the characters of Dutch text and our own
 * words (DUTCH_SUBSET, made by `npm run font:subset`). The rest of @fontsource's
 * Latin file and its Latin Extended file stay as fallbacks that a browser only
 * fetches for a page with such a character (CSS unicode-range), so together the
 * three files draw exactly what the two @fontsource files drew before.
 */

/** Inclusive code point range. */
export type CodepointRange = readonly [number, number];

/** The unicode-range of @fontsource's Latin file (its wght.css). */
export const NOTO_LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
/** The unicode-range of @fontsource's Latin Extended file. */
export const NOTO_LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

/**
 * The rule for the preloaded file: all of Basic Latin and Latin-1 (every Dutch
 * letter with its accents, «», ·, ×, §, the no-break space and the soft hyphen),
 * plus the typographic marks of Dutch text. Only characters of @fontsource's
 * Latin file, so the subset is cut from that one file.
 */
export const DUTCH_SUBSET: readonly CodepointRange[] = [
  [0x0000, 0x00ff], // Basic Latin and Latin-1 Supplement
  [0x200b, 0x200d], // zero-width space, non-joiner and joiner (no glyph, but text may hold them)
  [0x2010, 0x2011], // hyphen, non-breaking hyphen
  [0x2013, 0x2014], // – —
  [0x2018, 0x201a], // ‘ ’ ‚
  [0x201c, 0x201e], // “ ” „
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // …
  [0x2039, 0x203a], // ‹ ›
  [0x2060, 0x2060], // word joiner
  [0x20ac, 0x20ac], // €
];

/**
 * The part of the weight axis the subset keeps: from 400 (text) up to 900, what
 * `<strong>` inside bold text asks for (`bolder`); the design sets 600, 700 and 800.
 * Nothing asks for less than 400 (tests/build/web-font.test.ts reads the CSS).
 */
export const WEIGHTS_IN_USE = { min: 400, max: 900 } as const;

/**
 * The OpenType features the subset keeps: those a browser applies to Latin text
 * without being asked (HarfBuzz's defaults for horizontal text, among them the
 * f-ligatures and kerning). Left out: fractions, numerators, denominators and the
 * figure styles, which only `font-variant-numeric` or `font-feature-settings`
 * turn on, and our CSS never does (tests/build/web-font.test.ts).
 */
export const DEFAULT_FEATURES = [
  'rvrn',
  'ccmp',
  'locl',
  'mark',
  'mkmk',
  'rlig',
  'liga',
  'clig',
  'calt',
  'kern',
  'curs',
  'dist',
  'rclt',
] as const;

/** `U+0041-005A,U+00E9` → sorted, merged ranges. */
export function parseUnicodeRange(css: string): CodepointRange[] {
  return normalizeRanges(
    css
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const m = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part);
        if (!m) throw new Error(`Not a unicode-range part: "${part}"`);
        const start = Number.parseInt(m[1]!, 16);
        return [start, m[2] ? Number.parseInt(m[2], 16) : start] as const;
      }),
  );
}

/** Ranges → `U+0000-00FF,U+20AC` (upper case, at least four hex digits). */
export function formatUnicodeRange(ranges: readonly CodepointRange[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return normalizeRanges(ranges)
    .map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`))
    .join(',');
}

/** Sorted, with overlapping and adjacent ranges merged. */
export function normalizeRanges(ranges: readonly CodepointRange[]): CodepointRange[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The code points of `from` that are not in `minus`. */
export function subtractRanges(from: readonly CodepointRange[], minus: readonly CodepointRange[]): CodepointRange[] {
  let rest: CodepointRange[] = normalizeRanges(from);
  for (const [a, b] of normalizeRanges(minus)) {
    rest = rest.flatMap(([x, y]): CodepointRange[] => {
      if (b < x || a > y) return [[x, y]];
      return [...(x < a ? [[x, a - 1] as const] : []), ...(b < y ? [[b + 1, y] as const] : [])];
    });
  }
  return rest;
}

export function inRanges(codepoint: number, ranges: readonly CodepointRange[]): boolean {
  return ranges.some(([a, b]) => codepoint >= a && codepoint <= b);
}

/** Every code point of the ranges, as one string (the text to cut a font down to). */
export function charactersOf(ranges: readonly CodepointRange[]): string {
  return normalizeRanges(ranges)
    .flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)))
    .join('');
}

/** The part of @fontsource's Latin file that the subset leaves to the full file. */
export const LATIN_REST: readonly CodepointRange[] = subtractRanges(parseUnicodeRange(NOTO_LATIN), DUTCH_SUBSET);

/**
 * The characters of `text` that Noto Sans drew before the split (`wasDrawn`) but
 * that no @font-face range of the page covers now: those would fall back to a
 * system font. Each character once, in order of first appearance.
 */
export function uncoveredCharacters(
  text: string,
  faces: readonly CodepointRange[][],
  wasDrawn: readonly CodepointRange[],
): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (inRanges(cp, wasDrawn) && !faces.some((f) => inRanges(cp, f))) out.add(ch);
  }
  return [...out];
}
