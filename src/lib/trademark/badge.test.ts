import { describe, expect, it } from 'vitest';
import { badge, badgeVariants, MIN_MARK_WIDTH, schoolBadge } from './badge';
import { badgeSizes, offeredSizes } from './snippet';
import { svgFileProblems, MAX_BADGE_BYTES } from './svg-checks';
import { textWidth } from './outline-text';

const viewBox = (svg: string) => /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number);
const attr = (svg: string, name: string) => Number(new RegExp(`<svg[^>]*\\s${name}="([\\d.]+)"`).exec(svg)![1]);

describe('generic badges', () => {
  it.each(badgeVariants)('%s is safe, small, outlined and sized as it says', (v) => {
    const b = badge(v);
    expect(svgFileProblems(b.svg)).toEqual([]);
    expect(b.svg).not.toMatch(/<text/);
    expect(b.svg).toMatch(/<path id="g\d+" d="m/); // glyph outlines, defined once
    expect(b.svg).toMatch(/<use href="#g\d+"/);
    expect([attr(b.svg, 'width'), attr(b.svg, 'height')]).toEqual([b.width, b.height]);
    expect(viewBox(b.svg)).toEqual([b.width, b.height]);
    expect(b.svg).toContain('<title id="titel">mbo030: trots op het Utrechtse mbo</title>');
  });

  it('draws the dark badge on an opaque plate, so it never disappears', () => {
    const b = badge('donker');
    expect(b.svg).toMatch(
      new RegExp(`<rect x="0" y="0" width="${b.width}" height="${b.height}" rx="12" fill="#1b1640"`),
    );
  });

  it('is offered at Normaal and Groot, and at Klein only where its mark stays 80 px wide (not the square one)', () => {
    const offered = (b: { markWidth: number }) => offeredSizes(b.markWidth, MIN_MARK_WIDTH);
    for (const v of ['licht', 'donker', 'banner'] as const)
      expect(offered(badge(v)), v).toEqual(['klein', 'normaal', 'groot']);
    expect(offered(schoolBadge('Nimeto'))).toEqual(['klein', 'normaal', 'groot']);
    // The square badge keeps the 120 px schools pasted (v1); its 100 px mark would be 75 px at Klein.
    expect(badge('vierkant').width).toBe(120);
    expect(offered(badge('vierkant'))).toEqual(['normaal', 'groot']);
    for (const b of [...badgeVariants.map(badge), schoolBadge('Grafisch Lyceum Utrecht')])
      for (const s of offered(b)) expect(b.markWidth * badgeSizes[s], `${b.alt} ${s}`).toBeGreaterThanOrEqual(80);
  });

  it('draws the border inside the edge, so none of it is cut off', () => {
    for (const b of [badge('licht'), badge('banner'), schoolBadge('Nimeto')])
      expect(b.svg).toMatch(
        new RegExp(`<rect x="1" y="1" width="${b.width - 2}" height="${b.height - 2}" rx="\\d+" fill="none" stroke=`),
      );
  });

  it('gives the square badge equal sides and the banner a wide shape', () => {
    expect(badge('vierkant').width).toBe(badge('vierkant').height);
    expect(badge('banner').width / badge('banner').height).toBeGreaterThan(5);
  });
});

describe('school badges', () => {
  it('says "<school> is mbo030" in its title and alt text', () => {
    const b = schoolBadge('Grafisch Lyceum Utrecht');
    expect(b.alt).toBe('Grafisch Lyceum Utrecht is mbo030');
    expect(b.svg).toContain('<title id="titel">Grafisch Lyceum Utrecht is mbo030</title>');
  });

  it('grows with the name and stays wider than the text', () => {
    const short = schoolBadge('Nimeto');
    const long = schoolBadge('Grafisch Lyceum Utrecht');
    expect(long.width).toBeGreaterThan(short.width);
    expect(long.width).toBeGreaterThan(textWidth('Grafisch Lyceum Utrecht', 15));
  });

  it('wraps a long name with accents over more lines and stays under 10 KB', () => {
    const name = 'Hogeschool voor Élite Beroepsonderwijs Zuidoost-Utrecht en Omgeving Łódź';
    const b = schoolBadge(name);
    expect(svgFileProblems(b.svg)).toEqual([]);
    expect(Buffer.byteLength(b.svg)).toBeLessThanOrEqual(MAX_BADGE_BYTES);
    expect(b.height).toBeGreaterThan(schoolBadge('Nimeto').height);
    expect(b.width).toBeLessThan(textWidth(name, 15));
    expect(b.svg).toContain('Łódź is mbo030</title>');
  });

  it('escapes a name with markup characters in the title', () => {
    const b = schoolBadge('School <A> & "B"');
    expect(b.svg).toContain('<title id="titel">School &lt;A&gt; &amp; &quot;B&quot; is mbo030</title>');
    expect(svgFileProblems(b.svg)).toEqual([]);
  });

  it('never throws on a character: one no shipped font has is drawn as the replacement sign', () => {
    const b = schoolBadge('School 漢 🎓');
    expect(svgFileProblems(b.svg)).toEqual([]);
    expect(b.svg).toContain('<title id="titel">School 漢 🎓 is mbo030</title>');
  });
});
