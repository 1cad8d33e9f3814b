/**
 * Share cards: a long title with diacritics wraps and stays inside the safe
 * area, measured on the rendered pixels (not only on the layout's own sums);
 * the measurement catches a title that does overflow.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  SAFE,
  TITLE_AREA,
  cardTexts,
  dutchList,
  layoutTitle,
  schoolLines,
  shareCardSvg,
} from './share-card';
import { textWidth } from './trademark/outline-text';
import { SvgCanvas } from './trademark/svg';

/** The box of every pixel a rendered SVG paints (alpha > 0). */
async function paintedBox(svg: string) {
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let left = info.width,
    top = info.height,
    right = -1,
    bottom = -1;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (data[(y * info.width + x) * 4 + 3]! > 0) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  }
  return { left, top, right, bottom };
}

const long = 'Één leerling uit Zuilen wint goud: Ruth-Anaïs bouwt een circulaire brug voor de Merwedekanaalzone';

describe('share card title', () => {
  it('a 90-character title with diacritics wraps and its rendered letters stay inside the safe area', async () => {
    const title = long.slice(0, 90);
    expect(title).toHaveLength(90);
    const laid = layoutTitle(title);
    expect(laid.lines.length).toBeGreaterThan(1);
    expect(laid.lines.join(' ')).toBe(title);
    const box = await paintedBox(shareCardSvg({ eyebrow: 'Verhaal', title }, { titleOnly: true }));
    expect(box.left).toBeGreaterThanOrEqual(TITLE_AREA.left - 2);
    expect(box.right).toBeLessThanOrEqual(TITLE_AREA.right);
    expect(box.top).toBeGreaterThanOrEqual(TITLE_AREA.top - 12); // accents on capitals (É) rise above the cap height
    expect(box.bottom).toBeLessThanOrEqual(TITLE_AREA.bottom);
    expect(box.top).toBeGreaterThanOrEqual(SAFE.top);
  });

  it('one very long word is broken, not drawn past the edge', async () => {
    const box = await paintedBox(
      shareCardSvg(
        { eyebrow: 'x', title: 'Arbeidsmarktdiscriminatiebestrijdingsactieprogrammaonderzoeksrapportagevergaderingen' },
        { titleOnly: true },
      ),
    );
    expect(box.right).toBeLessThanOrEqual(TITLE_AREA.right);
  });

  it('a short title is drawn large', () => {
    expect(layoutTitle('Bouw = wouw').size).toBe(76);
  });

  it('the measurement catches a title that overflows', async () => {
    const c = new SvgCanvas(CARD_WIDTH, CARD_HEIGHT, 'te groot');
    c.text(long, TITLE_AREA.left, TITLE_AREA.top + 60, 76, '#ffffff');
    expect((await paintedBox(c.toString())).right).toBeGreaterThan(TITLE_AREA.right);
  });

  it('the whole card is 1200 × 630 and contains no text element or external reference', () => {
    const svg = shareCardSvg({
      eyebrow: 'Verhaal · zorg en welzijn',
      title: long.slice(0, 90),
      schools: ['ROC Midden Nederland'],
    });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).not.toMatch(/<text|<image|href="http/);
  });
});

describe('the schools on a card', () => {
  const four = ['ROC Midden Nederland', 'MBO Utrecht', 'Grafisch Lyceum Utrecht', 'Nimeto'];
  const right = SAFE.right;
  const left = SAFE.left + 56 * (168 / 48) + 28;

  it('names one school on one line, and two that fit as "A en B"', () => {
    expect(schoolLines(['Nimeto']).lines).toEqual(['Nimeto']);
    expect(schoolLines(['Nimeto', 'MBO Utrecht']).lines).toEqual(['Nimeto en MBO Utrecht']);
    expect(dutchList(['a', 'b', 'c'])).toBe('a, b en c');
  });

  it('an event with four schools names all four, on two lines broken between names, each measured to fit', () => {
    const s = schoolLines(four);
    expect(s.lines).toEqual(['ROC Midden Nederland, MBO Utrecht,', 'Grafisch Lyceum Utrecht en Nimeto']);
    for (const l of s.lines) expect(left + textWidth(l, s.size)).toBeLessThanOrEqual(right);
    expect(cardTexts({ eyebrow: 'Agenda', title: 'Domtoren', schools: four }).join(' ')).toContain(
      'Grafisch Lyceum Utrecht en Nimeto',
    );
  });

  it('says "N scholen" when the names do not fit on two lines', () => {
    const many = [
      ...four,
      'Hogeschool voor Beroepsonderwijs Zuidoost',
      'Een School Met Een Heel Lange Naam In Utrecht',
    ];
    expect(schoolLines(many).lines).toEqual(['6 scholen']);
  });

  it('draws the four schools inside the safe area, below the title', async () => {
    const svg = shareCardSvg({ eyebrow: 'Agenda · 2024', title: 'x', schools: four });
    const box = await paintedBox(svg.replace(/<rect[^>]*\/>|<g transform="translate[^]*?<\/g><\/g>/g, ''));
    expect(box.right).toBeLessThanOrEqual(SAFE.right);
    expect(box.bottom).toBeLessThanOrEqual(SAFE.bottom);
  });
});
