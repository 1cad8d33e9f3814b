import { describe, expect, it } from 'vitest';
import { FONT_FILES, PLAIN_LATIN, REPLACEMENT, font, undrawableCharacters } from './font-chain';
import { layoutText, textWidth, wrapText } from './outline-text';

const fontOf = (file: RegExp) => FONT_FILES.findIndex((f) => file.test(f.file));

describe('layoutText', () => {
  it('outlines letters with accents and reuses a glyph for the same letter', () => {
    const t = layoutText('ééé');
    expect(t.glyphs).toHaveLength(3);
    expect(new Set(t.glyphs.map((g) => g.key)).size).toBe(1);
    expect(t.glyphs[1]!.x).toBeGreaterThan(t.glyphs[0]!.x);
  });
  it('falls back to Latin Extended for letters such as ő', () => {
    expect(layoutText('ő').glyphs[0]!.key.startsWith('1-')).toBe(true);
  });
  it('draws no outline for a space but does advance', () => {
    const t = layoutText('a b');
    expect(t.glyphs).toHaveLength(2);
    expect(textWidth('a b', 15)).toBeGreaterThan(textWidth('ab', 15));
  });
});

// The emoji font opens in 1–2 s the first time (its tables are large): a longer timeout.
describe('any character', { timeout: 30_000 }, () => {
  it('draws an emoji sequence with joiners, a skin tone or a flag as one glyph of the emoji font', () => {
    const emoji = fontOf(/noto-emoji/);
    for (const e of ['👩‍👩‍👧', '👍🏽', '🇳🇱', '🏳️‍🌈']) {
      const t = layoutText(e);
      expect(
        t.glyphs.map((g) => g.key.split('-')[0]),
        e,
      ).toEqual([String(emoji)]);
      expect(undrawableCharacters(e)).toEqual([]);
    }
  });

  it('keeps a space after an emoji as wide as a normal space', () => {
    expect(textWidth('🎉 a', 30) - textWidth('🎉a', 30)).toBeCloseTo(textWidth('x a', 30) - textWidth('xa', 30), 6);
  });

  it('draws Arabic right to left inside a Dutch line: the first letter of the word is rightmost', () => {
    const arabic = fontOf(/arabic/);
    const t = layoutText('met محمد en');
    const ar = t.glyphs.filter((g) => g.key.startsWith(`${arabic}-`));
    expect(ar.length).toBe(4);
    // The initial form of the first letter (meem) is drawn right of the final form of the last (dal).
    const initial = `${arabic}-${font(arabic).layout('محمد').glyphs.at(-1)!.id}`;
    expect(ar.at(-1)!.key).toBe(initial);
    expect(ar.at(-1)!.x).toBeGreaterThan(ar[0]!.x);
  });

  it('draws combining accents, arrows and maths from the fallback fonts', () => {
    expect(undrawableCharacters('q\u0303 → ≤ ∞ ✓ ★ ½ नमस्ते Київ')).toEqual([]);
  });

  it('the fast path is safe: every character it hands straight to Noto Sans Latin is in that font', () => {
    const all = Array.from({ length: 0x2100 }, (_, cp) => String.fromCodePoint(cp)).filter((ch) =>
      PLAIN_LATIN.test(ch),
    );
    expect(all.length).toBeGreaterThan(180);
    expect(all.filter((ch) => !font(0).hasGlyphForCodePoint(ch.codePointAt(0)!))).toEqual([]);
  });

  it('draws the replacement sign for what no shipped font has, and leaves out invisible characters', () => {
    expect(undrawableCharacters('漢字 ไทย a\u200Db')).toEqual(['漢', '字', 'ไ', 'ท', 'ย']);
    const replacement = `0-${font(0).glyphForCodePoint(REPLACEMENT.codePointAt(0)!).id}`;
    expect(layoutText('漢').glyphs.map((g) => g.key)).toEqual([replacement]);
    expect(layoutText('a\u200B\u00AD\u0007b').glyphs).toHaveLength(2);
  });
});

describe('wrapText', () => {
  it('keeps a short name on one line', () => expect(wrapText('Nimeto', 15, 240)).toEqual(['Nimeto']));
  it('breaks a long name at spaces into lines that fit', () => {
    const lines = wrapText('Hogeschool voor Beroepsonderwijs Zuidoost-Utrecht en Omgeving', 15, 240, 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Hogeschool voor Beroepsonderwijs Zuidoost-Utrecht en Omgeving');
    for (const l of lines.slice(0, -1)) expect(textWidth(l, 15)).toBeLessThanOrEqual(240);
  });
});
