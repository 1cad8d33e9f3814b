/**
 * The rasteriser of the share cards, against librsvg (through sharp) on the same
 * drawing: a card whose texts we draw into pixels must look like its SVG. The
 * comparison is shown to catch a text drawn one pixel off.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, cardBackgroundSvg, drawCard, shareCardSvg, type ShareCardInput } from '../share-card';
import { coverageOf, fillText, flattenPath, type RgbImage } from './raster';

const raw = async (svg: string) => sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();

/** Mean difference per channel (0–255) and how many channels differ by more than 64. */
function difference(a: Buffer, b: Buffer) {
  let sum = 0;
  let far = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    sum += d;
    if (d > 64) far++;
  }
  return { mean: sum / a.length, far };
}

const cards: ShareCardInput[] = [
  { eyebrow: 'Verhaal · zorg en welzijn', title: 'Fleur start haar eigen bedrijf', schools: ['MBO Utrecht'] },
  {
    eyebrow: 'Agenda · 2024',
    title: 'Één leerling uit Zuilen wint goud: Ruth-Anaïs bouwt een circulaire brug voor de Merwedekanaalzone',
    schools: ['ROC Midden Nederland', 'MBO Utrecht', 'Grafisch Lyceum Utrecht', 'Nimeto'],
  },
  { eyebrow: 'Dagboek', title: 'Stage in مرحبا en שלום, met 👩‍🔧 en → ≤ 漢', schools: [] },
];

/** A card's background with `draw` done on its pixels. */
async function drawn(draw: (img: RgbImage) => void): Promise<Buffer> {
  const img: RgbImage = { width: CARD_WIDTH, height: CARD_HEIGHT, data: await raw(cardBackgroundSvg()) };
  draw(img);
  return img.data;
}

describe('share card pixels without an SVG renderer', () => {
  it.each(cards)('draws "$title" as librsvg draws its SVG', async (input) => {
    const background = await raw(cardBackgroundSvg());
    const ours = drawCard(background, input, Buffer.alloc(background.length)).data;
    const theirs = await raw(shareCardSvg(input));
    const d = difference(ours, theirs);
    expect(d.far).toBe(0);
    expect(d.mean).toBeLessThan(0.3);
  });

  it('the comparison catches a text drawn one pixel to the right', async () => {
    const title = 'Fleur start haar eigen bedrijf';
    const at = (x: number) => drawn((img) => fillText(img, title, x, 300, 60, '#ffffff'));
    const [ours, shifted] = await Promise.all([at(72), at(73)]);
    expect(difference(ours, shifted).far).toBeGreaterThan(100);
  });
});

it('refuses a background of the wrong size instead of leaving old memory in the image', () => {
  const into = Buffer.alloc(CARD_WIDTH * CARD_HEIGHT * 3);
  expect(() => drawCard(new Uint8Array(10), { eyebrow: '', title: 'x' }, into)).toThrow(
    /not 2268000 \(1200 × 630 RGB\)/,
  );
});

describe('coverage', () => {
  it('path data it cannot read is an error, not a loop or NaN', () => {
    expect(() => flattenPath('m0 0h10v10z 5', 0, 0, 1)).toThrow(/where a command belongs/);
    expect(() => flattenPath('m0 0l10', 0, 0, 1)).toThrow(/a number is missing/);
  });

  it('a square on whole pixels covers them fully, one on half pixels half at its edges', () => {
    const whole = coverageOf(flattenPath('m0 0h10v10h-10z', 2, 12, 1));
    expect(whole.coverage.reduce((a, b) => a + b, 0)).toBe(100 * 255);
    const half = coverageOf(flattenPath('m0 0h4v4h-4z', 0.5, 4, 1));
    const values = [...half.coverage].filter((v) => v > 0);
    expect(values.filter((v) => v === 255)).toHaveLength(3 * 4);
    expect(values.filter((v) => v === 128)).toHaveLength(2 * 4);
  });

  it('a circle of curves covers π r² and a hole in it is empty (non-zero, outlines drawn both ways)', () => {
    // Four quarter circles (cubic) of r = 20 around (0, 0), counter-clockwise, and a square hole clockwise.
    const k = 20 * 0.5523;
    const circle = `m20 0c0 ${k} ${k - 20} 20-20 20c${-k} 0-20 ${k - 20}-20-20c0 ${-k} ${20 - k}-20 20-20c${k} 0 20 ${20 - k} 20 20z`;
    const disc = coverageOf(flattenPath(circle, 30, 30, 1));
    // Curves become chords within 0.1 px: the disc loses at most ±0.1 × its 126 px of rim.
    const area = disc.coverage.reduce((a, b) => a + b, 0) / 255;
    expect(Math.abs(area - Math.PI * 400)).toBeLessThan(12.6);
    const ring = coverageOf(flattenPath(`${circle}m-25-5v10h10v-10z`, 30, 30, 1));
    const at = (x: number, y: number) => ring.coverage[(y - ring.top) * ring.width + (x - ring.left)];
    expect(at(30, 30)).toBe(0);
    expect(at(30, 40)).toBe(255);
  });
});
