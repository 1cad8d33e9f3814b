import { describe, expect, it } from 'vitest';
import { layoutText, textWidth, wrapText } from './outline-text';

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

describe('wrapText', () => {
  it('keeps a short name on one line', () => expect(wrapText('Nimeto', 15, 240)).toEqual(['Nimeto']));
  it('breaks a long name at spaces into lines that fit', () => {
    const lines = wrapText('Hogeschool voor Beroepsonderwijs Zuidoost-Utrecht en Omgeving', 15, 240, 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Hogeschool voor Beroepsonderwijs Zuidoost-Utrecht en Omgeving');
    for (const l of lines.slice(0, -1)) expect(textWidth(l, 15)).toBeLessThanOrEqual(240);
  });
});
