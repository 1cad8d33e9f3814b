import { describe, expect, it } from 'vitest';
import { pagePieces, pieceBoundaries, pieceMark } from '../gates/streamed-html';

describe('pieceBoundaries', () => {
  it('cuts only inside <body>, at a tag, at least the piece size apart', () => {
    const html = `<html><head><title>${'k'.repeat(50)}</title></head><body>${'<p>abcdefghij</p>'.repeat(20)}</body></html>`;
    const cuts = pieceBoundaries(html, 40);
    const body = html.indexOf('<body>');
    expect(cuts.length).toBeGreaterThan(5);
    for (const [i, at] of cuts.entries()) {
      expect(html[at]).toBe('<');
      expect(at - (i === 0 ? body : cuts[i - 1]!)).toBeGreaterThanOrEqual(40);
    }
  });

  it('gives no cuts without a body', () => {
    expect(pieceBoundaries('<p>los</p>')).toEqual([]);
  });
});

describe('pagePieces', () => {
  it('gives back the page, each piece but the last ending with its mark', () => {
    const html = `<html><body>${'<p>abcdefghij</p>'.repeat(100)}</body></html>`;
    const pieces = pagePieces(html);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('').replace(/<!--mbo030-stuk-\d+-->/g, '')).toBe(html);
    for (const [n, piece] of pieces.slice(0, -1).entries()) expect(piece.endsWith(`<!--${pieceMark(n)}-->`)).toBe(true);
  });
});

describe('pieceBoundaries keeps script, style and template whole', () => {
  it('never cuts inside them, nor inside a comment or an attribute', () => {
    const inner = `<script type="module">if (a < b) document.body.append('<p>x</p>'.repeat(99));</script>`;
    const html = `<html><body><p title="a > b">${'x'.repeat(50)}</p>${inner}<style>p{}</style><!-- <p> -->${'<p>ok</p>'.repeat(20)}<template><p>${'y'.repeat(80)}</p></template></body></html>`;
    const cuts = pieceBoundaries(html, 10);
    const inside = (open: string, close: string) => (at: number) =>
      at > html.indexOf(open) && at < html.indexOf(close) + close.length - 1;
    expect(cuts.length).toBeGreaterThan(5);
    expect(cuts.filter(inside('<script', '</script>'))).toEqual([]);
    expect(cuts.filter(inside('<template>', '</template>'))).toEqual([]);
    expect(cuts.filter(inside('<!--', '-->'))).toEqual([]);
    expect(cuts.filter(inside('<p title', '">'))).toEqual([]);
  });
});

describe('pieceBoundaries cuts before every image and drawing', () => {
  it('ends a piece right before <svg>, <img> and <picture>, however short', () => {
    const html =
      '<html><body><div><svg viewBox="0 0 1 1"><path d=""/></svg><img src="a.png" alt=""><picture></picture></div></body></html>';
    const cuts = pieceBoundaries(html);
    expect(cuts.map((at) => html.slice(at, at + 4))).toEqual(['<svg', '<img', '<pic']);
  });
});
