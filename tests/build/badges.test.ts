/** Badge and trademark files in the fixture build: present for every school, safe, sized right. */
import { readFileSync, existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { TEST_SITE, sites } from '../helpers/astro-run';
import { svgFileProblems } from '../../src/lib/trademark/svg-checks';

const dist = sites.fixture;
const generic = ['licht', 'donker', 'vierkant', 'banner'].map((n) => `badge/v1/${n}`);
// The fixture has two schools; their badges appear without any badge-specific content.
const perSchool = ['alfa-college', 'beta-school'].map((id) => `badge/v1/scholen/${id}`);
/** A PNG's width in pixels, from its IHDR chunk. */
const pngWidth = (file: string) => readFileSync(file).readUInt32BE(16);
const svgSize = (svg: string) => [/\swidth="([\d.]+)"/, /\sheight="([\d.]+)"/].map((r) => Number(r.exec(svg)![1]));

describe('badge files', () => {
  it.each([...generic, ...perSchool])('%s.svg passes every file check', (path) => {
    const svg = readFileSync(`${dist}/${path}.svg`, 'utf8');
    expect(svgFileProblems(svg)).toEqual([]);
  });

  it.each([...generic, ...perSchool])(
    '%s.png, @2x.png and @3x.png have 1, 2 and 3 × the SVG’s pixels',
    async (path) => {
      const [w, h] = svgSize(readFileSync(`${dist}/${path}.svg`, 'utf8'));
      for (const [suffix, scale] of [
        ['', 1],
        ['@2x', 2],
        ['@3x', 3],
      ] as const) {
        const m = await sharp(`${dist}/${path}${suffix}.png`).metadata();
        expect([m.width, m.height]).toEqual([Math.round(w! * scale), Math.round(h! * scale)]);
      }
    },
  );

  it('names the school in its badge', () => {
    expect(readFileSync(`${dist}/badge/v1/scholen/alfa-college.svg`, 'utf8')).toContain(
      '<title id="titel">Alfa College is mbo030</title>',
    );
  });
});

describe('trademark downloads', () => {
  const names = ['kleur', 'zwart', 'wit'].map((v) => `mbo030-${v}`);

  it.each(names)('%s comes as SVG and as PNG at 1×, 2× and 4×', async (name) => {
    const svg = readFileSync(`${dist}/mbo030/downloads/${name}.svg`, 'utf8');
    expect(svgFileProblems(svg)).toEqual([]);
    const [w, h] = svgSize(svg);
    for (const [suffix, scale] of [
      ['', 1],
      ['@2x', 2],
      ['@4x', 4],
    ] as const) {
      const m = await sharp(`${dist}/mbo030/downloads/${name}${suffix}.png`).metadata();
      expect([m.width, m.height]).toEqual([Math.round(w! * scale), Math.round(h! * scale)]);
    }
  });

  it('the zip holds every file, identical to the separate downloads', () => {
    const files = unzipSync(readFileSync(`${dist}/mbo030/downloads/mbo030-merk.zip`));
    expect(Object.keys(files).sort()).toEqual(
      names.flatMap((n) => [`${n}.svg`, `${n}.png`, `${n}@2x.png`, `${n}@4x.png`]).sort(),
    );
    for (const [file, bytes] of Object.entries(files))
      expect(Buffer.from(bytes).equals(readFileSync(`${dist}/mbo030/downloads/${file}`)), file).toBe(true);
  });

  it('every picture of the usage rules exists and is safe', () => {
    const page = parse(readFileSync(`${dist}/mbo030/gebruik/index.html`, 'utf8'));
    const imgs = page.querySelectorAll('main img').map((i) => i.getAttribute('src')!);
    expect(imgs.length).toBe(8);
    for (const src of imgs) expect(svgFileProblems(readFileSync(`${dist}${src}`, 'utf8')), src).toEqual([]);
  });
});

describe('the badge builder page', () => {
  const page = parse(readFileSync(`${dist}/mbo030/badge/index.html`, 'utf8'));
  const snippets = page.querySelectorAll('[data-snippet]').map((p) => p.textContent);

  it('lists every snippet as plain text: per school its own badge and four variants, three sizes, SVG and PNG', () => {
    // No school: 4 variants; each of 2 schools: 5 badges. Times 3 sizes, times 2 formats.
    // Three sizes each, but the square badge has no Klein (its mark would be under 80 px).
    expect(snippets).toHaveLength((3 * 3 + 2 + 2 * (4 * 3 + 2)) * 2);
    expect(snippets.filter((s) => s.includes('/badge/v1/vierkant.svg') && s.includes('width="90"'))).toEqual([]);
    expect(new Set(snippets).size).toBe(snippets.length);
  });

  it('each snippet links to an existing page and an existing badge on the production domain, without tracking', () => {
    for (const s of snippets) {
      const el = parse(s);
      const link = el.querySelector('a')!.getAttribute('href')!;
      const img = el.querySelector('img')!;
      expect(link.startsWith(`${TEST_SITE}/`)).toBe(true);
      expect(link).not.toContain('?');
      expect(existsSync(`${dist}${new URL(link).pathname}index.html`), link).toBe(true);
      const src = new URL(img.getAttribute('src')!);
      expect(existsSync(`${dist}${src.pathname}`), src.href).toBe(true);
      if (src.pathname.endsWith('.png')) {
        // Sharp everywhere: src (what e-mail shows) and each srcset file have the pixels the screen needs.
        const width = Number(img.getAttribute('width'));
        const candidates: [string, number][] = [
          [src.href, 2],
          ...img
            .getAttribute('srcset')!
            .split(', ')
            .map((c): [string, number] => [c.split(' ')[0]!, parseFloat(c.split(' ')[1]!)]),
        ];
        for (const [url, density] of candidates) {
          const pixels = pngWidth(`${dist}${new URL(url).pathname}`);
          // The snippet's width is rounded to whole pixels (293 × 1.5 = 439.5 → 440).
          expect(pixels, `${url} for ${width} px at ${density}×`).toBeGreaterThanOrEqual((width - 0.5) * density);
        }
      }
      for (const a of ['width', 'height', 'alt', 'loading', 'decoding'])
        expect(img.hasAttribute(a), `${a} in ${s}`).toBe(true);
      expect(s).not.toMatch(/<script|<iframe|style=/);
    }
  });

  it('links a school’s badge to the school page, which says the school takes part and shows the badge', () => {
    const school = snippets.find((s) => s.includes('scholen/beta-school.svg'))!;
    expect(school).toContain(`href="${TEST_SITE}/scholen/beta-school/"`);
    const schoolPage = parse(readFileSync(`${dist}/scholen/beta-school/index.html`, 'utf8'));
    expect(schoolPage.querySelector('main')!.textContent).toContain('Beta School doet mee met mbo030.');
    expect(schoolPage.querySelector('main img[src="/badge/v1/scholen/beta-school.svg"]')).not.toBeNull();
  });
});
