import { describe, expect, it } from 'vitest';
import { BADGE_PNG_SCALES, badgeSizes, badgeSnippet, builderSnippet, pngScale, type BadgeSize } from './snippet';

const base = {
  badgeUrl: 'https://mbo030.nl/badge/v1/scholen/nimeto',
  linkUrl: 'https://mbo030.nl/scholen/nimeto/',
  width: 257,
  height: 72,
  alt: 'Nimeto is mbo030',
};

describe('badgeSnippet', () => {
  it('is a link around an SVG image with its size, alt text, lazy loading and nothing else', () => {
    expect(badgeSnippet({ ...base, size: 'normaal', png: false })).toBe(
      '<a href="https://mbo030.nl/scholen/nimeto/"><img src="https://mbo030.nl/badge/v1/scholen/nimeto.svg" width="257" height="72" alt="Nimeto is mbo030" loading="lazy" decoding="async"></a>',
    );
  });
  it('offers PNG for e-mail and a CMS that strips SVG: src sharp on a 2× screen (e-mail ignores srcset)', () => {
    const u = 'https://mbo030.nl/badge/v1/scholen/nimeto';
    expect(badgeSnippet({ ...base, size: 'normaal', png: true })).toContain(
      `src="${u}@2x.png" srcset="${u}.png 1x, ${u}@2x.png 2x"`,
    );
    expect(badgeSnippet({ ...base, size: 'klein', png: true })).toContain(
      `src="${u}@2x.png" srcset="${u}.png 1x, ${u}@2x.png 2x"`,
    );
    // Groot is 1.5×: the 2× file on a 1× screen, the 3× file on a 2× screen.
    expect(badgeSnippet({ ...base, size: 'groot', png: true })).toContain(
      `src="${u}@3x.png" srcset="${u}@2x.png 1x, ${u}@3x.png 2x"`,
    );
  });
  it('picks for every size and screen a published PNG with at least the pixels it shows', () => {
    for (const size of Object.keys(badgeSizes) as BadgeSize[])
      for (const density of [1, 2] as const) {
        const scale = pngScale(size, density);
        expect(BADGE_PNG_SCALES).toContain(scale);
        expect(scale).toBeGreaterThanOrEqual(badgeSizes[size] * density);
      }
  });
  it('scales width and height together', () => {
    expect(badgeSnippet({ ...base, size: 'klein', png: false })).toContain('width="193" height="54"');
    expect(badgeSnippet({ ...base, size: 'groot', png: false })).toContain('width="386" height="108"');
  });
  it('escapes quotes and markup in the alt text', () => {
    expect(badgeSnippet({ ...base, alt: 'A "B" <C>', size: 'normaal', png: false })).toContain(
      'alt="A &quot;B&quot; &lt;C>"',
    );
  });
  it('has no script, iframe, cookie or tracking parameter', () => {
    const html = badgeSnippet({ ...base, size: 'normaal', png: true });
    expect(html).not.toMatch(/<script|<iframe|utm_|\?/i);
  });
});

describe('builderSnippet', () => {
  const badge = {
    sizes: ['klein', 'normaal', 'groot'] as BadgeSize[],
    key: 'school',
    label: 'Eigen badge',
    url: base.badgeUrl,
    local: '/badge/v1/scholen/nimeto',
    width: base.width,
    height: base.height,
    alt: base.alt,
    school: 'nimeto',
  };
  const target = { school: 'nimeto', label: 'Nimeto', linkUrl: base.linkUrl };
  it('is the snippet of the chosen badge, size and format, linking to the chosen page', () => {
    expect(builderSnippet(badge, target, 'groot', true)).toBe(badgeSnippet({ ...base, size: 'groot', png: true }));
  });
});
