import { readFileSync } from 'node:fs';
import { fromBuffer } from '@capsizecss/unpack';
import * as fontkit from 'fontkit';
import { convert } from 'fontverter';
import { describe, expect, it } from 'vitest';
import { DUTCH_SUBSET, WEIGHTS_IN_USE, inRanges } from '../../src/lib/web-font';
import { SOURCE_FONT, SUBSET_FONT, makeSubset } from './font-subset';

const open = (buffer: Buffer) => fontkit.create(buffer) as fontkit.Font;
/** fontkit cannot vary a WOFF2 font: read it as TrueType. */
const openTrueType = async (buffer: Buffer) => open(await convert(buffer, 'truetype'));
/** 0xFFFF is the end marker of a format 4 cmap, not a character. */
const characters = (font: fontkit.Font) => font.characterSet.filter((cp) => cp !== 0xffff).sort((a, b) => a - b);
const committed = readFileSync(SUBSET_FONT);
const source = readFileSync(SOURCE_FONT);

describe('the committed subset font', () => {
  it('is exactly what npm run font:subset makes from the rule and the installed packages', async () => {
    const made = await makeSubset();
    expect(made.equals(committed), `${SUBSET_FONT} is out of date: run npm run font:subset and commit it`).toBe(true);
  }, 30_000);

  it('draws exactly the characters of the rule that the Latin file draws, and keeps the weights in use', () => {
    const font = open(committed);
    expect(characters(font)).toEqual(characters(open(source)).filter((cp) => inRanges(cp, DUTCH_SUBSET)));
    expect(font.variationAxes['wght']).toMatchObject({
      min: WEIGHTS_IN_USE.min,
      max: WEIGHTS_IN_USE.max,
      default: 400,
    });
    // @fontsource's Latin file is 35,820 B; the subset is what every page preloads.
    expect(committed.length).toBeLessThanOrEqual(22_000);
  });

  it('has the metrics Astro derives the fallback face from, so the fallback keeps its size', async () => {
    expect(await fromBuffer(committed)).toEqual(await fromBuffer(source));
  });

  it('draws the same letters as the full file at every weight in use', async () => {
    const [small, full] = [await openTrueType(committed), await openTrueType(source)];
    for (const wght of [400, 500, 600, 700, 800, 900]) {
      const [a, b] = [small.getVariation({ wght }), full.getVariation({ wght })];
      for (const ch of 'Ag€éÿ–…’') {
        const [ga, gb] = [a.glyphForCodePoint(ch.codePointAt(0)!), b.glyphForCodePoint(ch.codePointAt(0)!)];
        expect(ga.advanceWidth, `${ch} at ${wght}`).toBe(gb.advanceWidth);
        const [ba, bb] = [ga.path.bbox, gb.path.bbox];
        for (const k of ['minX', 'minY', 'maxX', 'maxY'] as const)
          expect(Math.abs(ba[k] - bb[k]), `${ch} at ${wght}: ${k}`).toBeLessThanOrEqual(1);
      }
    }
  });
});
