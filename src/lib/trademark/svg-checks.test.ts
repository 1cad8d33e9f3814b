import { describe, expect, it } from 'vitest';
import { assertSafeSvg, svgFileProblems } from './svg-checks';

const ok =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><title>x</title><defs><path id="a" d="m0 0h1z"/></defs><use href="#a"/></svg>';
const breakIt = (from: string, to: string) => ok.replace(from, to);

describe('svgFileProblems', () => {
  it('accepts a small, self-contained SVG', () => expect(svgFileProblems(ok)).toEqual([]));
  it.each([
    ['no viewBox', breakIt(' viewBox="0 0 10 10"', ''), 'viewBox ontbreekt'],
    ['no width', breakIt(' width="10"', ''), 'width ontbreekt'],
    ['no height', breakIt(' height="10"', ''), 'height ontbreekt'],
    ['no title', breakIt('<title>x</title>', ''), '<title> ontbreekt of is leeg'],
    ['a script', breakIt('</svg>', '<script>alert(1)</script></svg>'), 'bevat <script>'],
    ['text', breakIt('</svg>', '<text>mbo</text></svg>'), 'bevat <text> (tekst moet omgezet zijn naar vormen)'],
    ['an event attribute', breakIt('<use href', '<use onload="x()" href'), 'bevat een event-attribuut (on…=)'],
    [
      'an external link',
      breakIt('href="#a"', 'href="https://example.org/a.svg#a"'),
      'verwijst naar iets buiten het bestand: https://example.org/a.svg#a',
    ],
    [
      'an external image',
      breakIt('</svg>', '<image href="x.png"/></svg>'),
      'bevat een element dat niet mag (foreignObject, iframe, image of style)',
    ],
    [
      'a url() reference',
      breakIt('d="m0 0h1z"', 'd="m0 0h1z" fill="url(https://x/y)"'),
      'bevat een url() naar buiten het bestand',
    ],
    ['too many bytes', breakIt('</svg>', `<!--${'x'.repeat(10_000)}--></svg>`), 'is '],
  ])('finds %s', (_what, svg, problem) => {
    expect(svgFileProblems(svg).some((p) => p.startsWith(problem))).toBe(true);
  });
  it('assertSafeSvg names the file and every problem', () => {
    expect(() => assertSafeSvg('badge/v1/x', breakIt('<title>x</title>', ''))).toThrow(
      'Badge badge/v1/x is niet in orde: <title> ontbreekt of is leeg.',
    );
  });
});
