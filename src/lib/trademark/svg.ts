/**
 * A tiny SVG writer for the trademark and badges: rectangles, the wordmark and
 * outlined text. Output is self-contained: no <text>, no script, no external
 * reference; each distinct glyph is defined once and reused with <use>.
 */
import { GLYPH_UNITS, layoutText } from './outline-text';
import { wordmarkShapes, type WordmarkScheme } from './wordmark';

export { WORDMARK_RATIO, wordmarkSchemes, wordmarkShapes, type WordmarkScheme } from './wordmark';

/** Text for XML: characters XML does not allow (control characters, lone surrogates, U+FFFE/F) out, markup escaped. */
const escape = (s: string) =>
  s
    .toWellFormed()
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters: they are removed on purpose
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
const num = (n: number) => String(Math.round(n * 100) / 100);

export class SvgCanvas {
  #parts: string[] = [];
  #glyphs = new Map<string, { id: string; d: string }>();

  readonly width: number;
  readonly height: number;
  readonly title: string;

  constructor(width: number, height: number, title: string) {
    this.width = width;
    this.height = height;
    this.title = title;
  }

  rect(
    x: number,
    y: number,
    w: number,
    h: number,
    fill: string,
    opts: { rx?: number; stroke?: string; strokeWidth?: number } = {},
  ): this {
    const stroke = opts.stroke ? ` stroke="${opts.stroke}" stroke-width="${opts.strokeWidth ?? 1}"` : '';
    this.#parts.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}"${opts.rx ? ` rx="${num(opts.rx)}"` : ''} fill="${fill}"${stroke}/>`,
    );
    return this;
  }

  /** The wordmark with its top-left corner at (x, y), `height` px high. */
  wordmark(x: number, y: number, height: number, scheme: WordmarkScheme = 'kleur'): this {
    this.#parts.push(
      `<g transform="translate(${num(x)} ${num(y)}) scale(${num(height / 48)})">${wordmarkShapes(scheme)}</g>`,
    );
    return this;
  }

  /** Outlined text with its baseline starting at (x, y), `size` px high (em). */
  text(text: string, x: number, y: number, size: number, fill: string): this {
    const laid = layoutText(text);
    const s = size / GLYPH_UNITS;
    const uses = laid.glyphs.map((g) => {
      let def = this.#glyphs.get(g.key);
      if (!def) {
        def = { id: `g${this.#glyphs.size}`, d: g.d };
        this.#glyphs.set(g.key, def);
      }
      return `<use href="#${def.id}" x="${g.x}"${g.y ? ` y="${g.y}"` : ''}/>`;
    });
    const scale = String(Math.round(s * 1e5) / 1e5);
    this.#parts.push(
      `<g fill="${fill}" transform="matrix(${scale} 0 0 -${scale} ${num(x)} ${num(y)})">${uses.join('')}</g>`,
    );
    return this;
  }

  toString(): string {
    const defs =
      this.#glyphs.size > 0
        ? `<defs>${[...this.#glyphs.values()].map((g) => `<path id="${g.id}" d="${g.d}"/>`).join('')}</defs>`
        : '';
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${num(this.width)}" height="${num(this.height)}" viewBox="0 0 ${num(this.width)} ${num(this.height)}" role="img" aria-labelledby="titel">` +
      `<title id="titel">${escape(this.title)}</title>${defs}${this.#parts.join('')}</svg>\n`
    );
  }
}
