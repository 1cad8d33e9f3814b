/** The brand colours have one source (colors.ts): the CSS tokens and the icon follow it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brandColors, brandTokenDrift } from './colors';
import { WORDMARK, wordmarkShapes } from './wordmark';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('brand colours', () => {
  it('the theme tokens in global.css are the brand colours', () => {
    expect(brandTokenDrift(read('src/styles/global.css'))).toEqual([]);
  });

  it('catches a token that drifts from the brand colour', () => {
    const css = '@theme {\n  --color-rood: #B80C20;\n  --color-rood-donker: #8c0716;\n  --color-geel: #ffd23f;\n}';
    expect(brandTokenDrift(css)).toEqual(['--color-rood: #B80C20, not #b80c1f']);
  });

  it('the favicon and the wordmark use them', () => {
    const favicon = read('public/favicon.svg');
    expect(favicon).toContain(`fill="${brandColors.rood.hex}"`);
    expect(favicon).toContain(`stroke="${brandColors.geel.hex}"`);
    expect(wordmarkShapes('kleur')).toContain(`fill="${brandColors.rood.hex}"`);
  });
});

describe('wordmark shape', () => {
  it('the --aspect-wordmark token is the wordmark’s width / height', () => {
    const token = /--aspect-wordmark:\s*(\d+)\s*\/\s*(\d+);/.exec(read('src/styles/global.css'));
    expect(token?.slice(1).map(Number)).toEqual([WORDMARK.width, WORDMARK.height]);
  });
});
