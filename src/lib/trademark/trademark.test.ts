import { describe, expect, it } from 'vitest';
import { hexToRgb } from './colors';
import { ruleExampleSvg, ruleExamples } from './examples';
import { svgFileProblems } from './svg-checks';
import { trademarkSvg, trademarkVariants } from './trademark';

describe('trademark files', () => {
  it.each(trademarkVariants)('%s is a safe SVG made of shapes only', (v) => {
    const t = trademarkSvg(v);
    expect(svgFileProblems(t.svg)).toEqual([]);
    expect(t.svg).not.toMatch(/<text|<use/);
    expect(t.width / t.height).toBeCloseTo(168 / 48);
  });
  it('the white version has no filled plate, the black one no colour', () => {
    expect(trademarkSvg('wit').svg).not.toMatch(/#b80c1f|#ffd23f|#000000/);
    expect(trademarkSvg('zwart').svg).not.toMatch(/#b80c1f|#ffd23f/);
  });
});

describe('rule examples', () => {
  it.each(ruleExamples.map((e) => [e.name, e] as const))('%s is a safe SVG with its caption as title', (_n, e) => {
    const svg = ruleExampleSvg(e);
    expect(svgFileProblems(svg)).toEqual([]);
    expect(svg).toContain(`${e.good ? 'Goed' : 'Fout'}: ${e.caption}</title>`);
  });
});

describe('hexToRgb', () => {
  it('converts the campaign red', () => expect(hexToRgb('#b80c1f')).toBe('184, 12, 31'));
  it('refuses a non-colour', () => expect(() => hexToRgb('rood')).toThrow());
});
