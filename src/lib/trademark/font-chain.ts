/**
 * Which shipped font draws which character, for share cards and badges. The
 * site's Noto Sans ExtraBold first (Latin, Cyrillic, Greek, Vietnamese,
 * Devanagari), then Noto Sans Arabic and Hebrew, Noto Emoji (monochrome
 * outlines, with its sequences such as 👩‍👩‍👧 and flags), Noto Sans Symbols 2 and
 * Noto Sans Math.
 * A character that none of them has (Chinese, Japanese, Korean, rarer scripts)
 * is drawn as the replacement sign "�" (U+FFFD): a visible stand-in, never an
 * error. `undrawableCharacters` is the one rule: the drawer substitutes what it
 * returns and the content check names it to the editor.
 */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

interface FontFile {
  /** Package path of the font file. Text fonts are ExtraBold (800); the emoji and symbol fonts have no 800. */
  file: string;
  /** A text font: a space between its words is its own (the emoji font's space is as wide as an emoji). */
  text?: boolean;
}

const notoSans = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese', 'devanagari'];

/** The chain, in order of preference. WOFF (zlib) for the emoji font: its character map opens ~6× faster than WOFF2. */
export const FONT_FILES: readonly FontFile[] = [
  ...notoSans.map((s) => ({ file: `@fontsource/noto-sans/files/noto-sans-${s}-800-normal.woff2`, text: true })),
  { file: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-800-normal.woff2', text: true },
  { file: '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-800-normal.woff2', text: true },
  { file: '@fontsource/noto-emoji/files/noto-emoji-emoji-700-normal.woff' },
  { file: '@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-symbols-400-normal.woff2' },
  // Arrows (→ ⇒) and mathematical signs (≤ ∞).
  { file: '@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff2' },
  { file: '@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-math-400-normal.woff2' },
];

/** Drawn in place of a character no shipped font has. */
export const REPLACEMENT = '\uFFFD';

const loaded: (fontkit.Font | undefined)[] = [];

/** Font `i` of the chain, opened the first time it is needed (most texts never need the emoji font). */
export function font(i: number): fontkit.Font {
  return (loaded[i] ??= fontkit.openSync(require.resolve(FONT_FILES[i]!.file)) as fontkit.Font);
}

/** Fast path: text in which every character is in the first font's plain Latin range needs no grapheme work. */
export const PLAIN_LATIN = /^[\x20-\x7E\u00A0-\u00AC\u00AE-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u20AC]*$/;

/** Invisible characters a font may use inside a sequence (joiners, variation selectors, tags), never needed on their own. */
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
/** Control characters (other than whitespace): never drawn. */
const CONTROL = /[\p{Cc}\p{Cs}]/u;

const segmenter = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/** The text as it is drawn: one line, NFC, lone surrogates and control characters out, every kind of space a space. */
export function drawableForm(text: string): string {
  return text
    .normalize('NFC')
    .toWellFormed()
    .replace(/\s+/gu, ' ')
    .replace(/\p{Cc}/gu, '');
}

/** The user-perceived characters of a text (a base letter with its accents, an emoji sequence): what is drawn as one. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The code points a font must have to draw a grapheme: everything but invisible joiners and selectors. */
function needed(grapheme: string): number[] {
  return [...grapheme].filter((ch) => !IGNORABLE.test(ch) && !CONTROL.test(ch)).map((ch) => ch.codePointAt(0)!);
}

const choice = new Map<string, number>();

/**
 * The index of the first font that has every code point of the grapheme; -1 when none does (it is
 * then drawn as REPLACEMENT) and -2 when it is invisible (only joiners or selectors: drawn as nothing).
 */
export function fontFor(grapheme: string): number {
  let i = choice.get(grapheme);
  if (i !== undefined) return i;
  const cps = needed(grapheme);
  if (cps.length === 0) i = -2;
  else {
    i = -1;
    for (let f = 0; f < FONT_FILES.length; f++) {
      const ff = font(f);
      if (cps.every((cp) => ff.hasGlyphForCodePoint(cp))) {
        i = f;
        break;
      }
    }
  }
  if (choice.size > 20_000) choice.clear();
  choice.set(grapheme, i);
  return i;
}

/** The grapheme as handed to its font: the invisible characters it has no glyph for are left out. */
export function forFont(grapheme: string, f: number): string {
  const ff = font(f);
  return [...grapheme]
    .filter((ch) => !(IGNORABLE.test(ch) || CONTROL.test(ch)) || ff.hasGlyphForCodePoint(ch.codePointAt(0)!))
    .join('');
}

/**
 * The characters of a text that no shipped font can draw, each once, in order: the drawer shows
 * REPLACEMENT for each, the content check names them. Spaces, joiners and control characters are
 * not in the list (they are drawn as a space or as nothing).
 */
export function undrawableCharacters(text: string): string[] {
  const drawn = drawableForm(text);
  if (PLAIN_LATIN.test(drawn)) return [];
  const out = new Set<string>();
  for (const g of graphemes(drawn)) if (g !== ' ' && fontFor(g) === -1) out.add(g);
  return [...out];
}
