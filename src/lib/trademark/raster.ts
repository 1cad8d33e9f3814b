/**
 * Fills outlined text straight into RGB pixels, without an SVG renderer: the
 * share cards draw their texts this way on a background drawn once (librsvg
 * spends ±12 ms per 1200 × 630 card even on a plain background; this takes
 * ±1 ms for a card's texts, each glyph's coverage made once per size and
 * position). Coverage is the exact area of each pixel inside the outline (the
 * signed-area accumulation of font-rs), non-zero fill as SVG and our fonts
 * need it, blended in sRGB like librsvg and browsers do. Each pixel is 4 × 4
 * cells, each clamped before they are summed: outlines of one glyph that
 * overlap (some Arabic letters, emoji) are not counted twice. `raster.test.ts`
 * and `drawing.property.test.ts` compare it with librsvg on the same drawing. */
import { GLYPH_UNITS, layoutText } from './outline-text';

/** Packed RGB pixels, row by row. */
export interface RgbImage {
  width: number;
  height: number;
  data: Buffer;
}

/** Curves are cut into straight pieces no further than this (px) from the curve. */
const TOLERANCE = 0.1;

/** Straight pieces, four numbers each: x0, y0, x1, y1. */
type Lines = number[];

/**
 * The straight pieces of path data in our outline format (lib/trademark/outline-text: relative
 * m, l, h, v, q, c and z), mapped to pixels by `(x, y) → (ox + s·x, oy − s·y)` (font units are y up).
 */
export function flattenPath(d: string, ox: number, oy: number, s: number, out: Lines = []): Lines {
  const tokens = d.match(/[mlhvqcz]|-?\d*\.?\d+(?:e-?\d+)?/gi) ?? [];
  let cx = 0;
  let cy = 0;
  let startX = 0;
  let startY = 0;
  let cmd = '';
  let i = 0;
  const num = () => {
    const n = Number(tokens[i++]);
    if (Number.isNaN(n)) throw new Error(`path data: a number is missing after "${cmd}" in ${d.slice(0, 40)}`);
    return n;
  };
  const px = (x: number) => ox + s * x;
  const py = (y: number) => oy - s * y;
  const line = (x: number, y: number) => {
    out.push(px(cx), py(cy), px(x), py(y));
    cx = x;
    cy = y;
  };
  while (i < tokens.length) {
    if (/[a-z]/i.test(tokens[i]!)) cmd = tokens[i++]!;
    switch (cmd) {
      case 'm': {
        if (cx !== startX || cy !== startY) line(startX, startY);
        cx += num();
        cy += num();
        [startX, startY] = [cx, cy];
        cmd = 'l'; // further pairs after m are lines
        break;
      }
      case 'l':
        line(cx + num(), cy + num());
        break;
      case 'h':
        line(cx + num(), cy);
        break;
      case 'v':
        line(cx, cy + num());
        break;
      case 'q':
      case 'c': {
        const n = cmd === 'q' ? 2 : 3;
        const pts = [px(cx), py(cy)];
        const ends: number[] = [];
        for (let k = 0; k < n; k++) {
          const x = cx + num();
          const y = cy + num();
          pts.push(px(x), py(y));
          ends.push(x, y);
        }
        curve(pts, out);
        [cx, cy] = [ends[ends.length - 2]!, ends[ends.length - 1]!];
        break;
      }
      case 'z':
        if (cx !== startX || cy !== startY) line(startX, startY);
        cmd = ''; // z takes no numbers: one after it is an error, not a loop
        break;
      default:
        throw new Error(`path data: "${tokens[i] ?? cmd}" where a command belongs in ${d.slice(0, 40)}`);
    }
  }
  if (cx !== startX || cy !== startY) line(startX, startY);
  return out;
}

/** A quadratic (6 numbers) or cubic (8) Bézier in pixels, as lines within TOLERANCE of the curve. */
function curve(p: number[], out: Lines): void {
  const cubic = p.length === 8;
  // Largest second difference of the control points bounds the curve's bend.
  let dd = 0;
  for (let k = 0; k + 4 < p.length; k += 2) {
    dd = Math.max(dd, Math.hypot(p[k]! - 2 * p[k + 2]! + p[k + 4]!, p[k + 1]! - 2 * p[k + 3]! + p[k + 5]!));
  }
  // Chord error after n pieces: dd / (4n²) for a quadratic, ≤ 3dd / (4n²) for a cubic.
  const n = Math.max(1, Math.ceil(Math.sqrt(((cubic ? 3 : 1) * dd) / (4 * TOLERANCE))));
  let x0 = p[0]!;
  let y0 = p[1]!;
  for (let k = 1; k <= n; k++) {
    const t = k / n;
    const u = 1 - t;
    let x: number;
    let y: number;
    if (cubic) {
      const [a, b, c, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
      x = a * p[0]! + b * p[2]! + c * p[4]! + e * p[6]!;
      y = a * p[1]! + b * p[3]! + c * p[5]! + e * p[7]!;
    } else {
      const [a, b, c] = [u * u, 2 * u * t, t * t];
      x = a * p[0]! + b * p[2]! + c * p[4]!;
      y = a * p[1]! + b * p[3]! + c * p[5]!;
    }
    out.push(x0, y0, x, y);
    x0 = x;
    y0 = y;
  }
}

/** Adds one line's signed area to the accumulation buffer (font-rs, Raph Levien; Apache-2.0 / MIT). */
function accumulate(acc: Float32Array, w: number, h: number, ax: number, ay: number, bx: number, by: number): void {
  if (ay === by) return;
  const dir = ay < by ? 1 : -1;
  const x0 = dir > 0 ? ax : bx;
  const y0 = dir > 0 ? ay : by;
  const x1 = dir > 0 ? bx : ax;
  const y1 = dir > 0 ? by : ay;
  const dxdy = (x1 - x0) / (y1 - y0);
  let x = x0 - (y0 < 0 ? y0 * dxdy : 0);
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(h, Math.ceil(y1)); y++) {
    const row = y * w;
    const dy = Math.min(y + 1, y1) - Math.max(y, y0);
    const xnext = x + dxdy * dy;
    const d = dy * dir;
    const l = x < xnext ? x : xnext;
    const r = x < xnext ? xnext : x;
    const lf = Math.floor(l);
    const rc = Math.ceil(r);
    if (rc <= lf + 1) {
      const mid = 0.5 * (x + xnext) - lf;
      acc[row + lf] = acc[row + lf]! + d - d * mid;
      acc[row + lf + 1] = acc[row + lf + 1]! + d * mid;
    } else {
      const inv = 1 / (r - l);
      const lfrac = l - lf;
      const a0 = 0.5 * inv * (1 - lfrac) * (1 - lfrac);
      const rfrac = r - rc + 1;
      const am = 0.5 * inv * rfrac * rfrac;
      acc[row + lf] = acc[row + lf]! + d * a0;
      if (rc === lf + 2) acc[row + lf + 1] = acc[row + lf + 1]! + d * (1 - a0 - am);
      else {
        const a1 = inv * (1.5 - lfrac);
        acc[row + lf + 1] = acc[row + lf + 1]! + d * (a1 - a0);
        for (let xi = lf + 2; xi < rc - 1; xi++) acc[row + xi] = acc[row + xi]! + d * inv;
        const a2 = a1 + (rc - lf - 3) * inv;
        acc[row + rc - 1] = acc[row + rc - 1]! + d * (1 - a2 - am);
      }
      acc[row + rc] = acc[row + rc]! + d * am;
    }
    x = xnext;
  }
}

/** A glyph's coverage at one size and sub-pixel position: 0–255 per pixel of its box. */
interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

/** Cells per pixel across and down (see coverageOf). */
const SUB = 4;

/** Coverage of outlines given as lines (non-zero), over the lines' own box. */
export function coverageOf(lines: Lines): Mask {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < lines.length; i += 2) {
    minX = Math.min(minX, lines[i]!);
    maxX = Math.max(maxX, lines[i]!);
    minY = Math.min(minY, lines[i + 1]!);
    maxY = Math.max(maxY, lines[i + 1]!);
  }
  if (lines.length === 0) return { left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array() };
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  // Two columns spare: the right edge carries area into the cell after it.
  const width = Math.ceil(maxX) + 2 - left;
  const height = Math.ceil(maxY) - top;
  // Each pixel is SUB × SUB cells, each with its exact area; a cell is clamped to full before the
  // pixel sums them, so outlines that overlap inside a pixel are not counted twice there.
  const w = width * SUB;
  const h = height * SUB;
  const acc = new Float32Array(w * h + 2);
  for (let i = 0; i < lines.length; i += 4)
    accumulate(
      acc,
      w,
      h,
      (lines[i]! - left) * SUB,
      (lines[i + 1]! - top) * SUB,
      (lines[i + 2]! - left) * SUB,
      (lines[i + 3]! - top) * SUB,
    );
  const total = new Float32Array(width * height);
  for (let y = 0; y < h; y++) {
    let sum = 0;
    const row = ((y / SUB) | 0) * width;
    for (let x = 0, at = y * w; x < w; x++, at++) {
      sum += acc[at]!;
      if (sum !== 0) total[row + ((x / SUB) | 0)]! += Math.min(1, Math.abs(sum));
    }
  }
  const coverage = new Uint8Array(width * height);
  for (let i = 0; i < coverage.length; i++) coverage[i] = Math.round((total[i]! / (SUB * SUB)) * 255);
  return { left, top, width, height, coverage };
}

/** Draws a mask in one colour with its box moved by (dx, dy); what falls outside the image is left out. */
function paint(img: RgbImage, m: Mask, dx: number, dy: number, [r, g, b]: readonly number[]): void {
  const { data, width } = img;
  const x0 = Math.max(0, -(m.left + dx));
  const x1 = Math.min(m.width, width - (m.left + dx));
  const y0 = Math.max(0, -(m.top + dy));
  const y1 = Math.min(m.height, img.height - (m.top + dy));
  for (let y = y0; y < y1; y++) {
    let at = ((m.top + dy + y) * width + m.left + dx + x0) * 3;
    for (let x = y * m.width + x0, end = y * m.width + x1; x < end; x++, at += 3) {
      const a = m.coverage[x]!;
      if (a === 0) continue;
      if (a === 255) {
        data[at] = r!;
        data[at + 1] = g!;
        data[at + 2] = b!;
        continue;
      }
      const r0 = data[at]!;
      const g0 = data[at + 1]!;
      const b0 = data[at + 2]!;
      data[at] = (r0 + ((r! - r0) * a + 127) / 255) | 0;
      data[at + 1] = (g0 + ((g! - g0) * a + 127) / 255) | 0;
      data[at + 2] = (b0 + ((b! - b0) * a + 127) / 255) | 0;
    }
  }
}

/** "#ffd23f" → [255, 210, 63]. */
function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/**
 * Glyphs land on an eighth of a pixel across (at most 1/16 px from where the SVG puts them) and a
 * 64th down (a card's baselines are a few fixed heights per size): few masks to make, none visibly off.
 */
const STEPS_X = 8;
const STEPS_Y = 64;

/** Masks per glyph, size and sub-pixel position: a set of cards draws the same letters at a few sizes. */
const masks = new Map<string, Mask>();
/** Bytes the masks hold; past MASK_BYTES the cache starts again (±8 MB for 3,000 Dutch cards). */
let maskBytes = 0;
const MASK_BYTES = 64 * 2 ** 20;

function glyphMask(key: string, d: string, s: number, fx: number, fy: number): Mask {
  const id = `${key}@${s}@${fx},${fy}`;
  let m = masks.get(id);
  if (!m) {
    if (maskBytes > MASK_BYTES) {
      masks.clear();
      maskBytes = 0;
    }
    m = coverageOf(flattenPath(d, fx / STEPS_X, fy / STEPS_Y, s));
    masks.set(id, m);
    maskBytes += m.coverage.length;
  }
  return m;
}

/**
 * One line of outlined text, baseline starting at (x, y), `size` px (em), as SvgCanvas.text draws it:
 * the same glyphs at the same places, each painted over what is below (as each `<use>` is).
 */
export function fillText(img: RgbImage, text: string, x: number, y: number, size: number, hex: string): void {
  const s = size / GLYPH_UNITS;
  const color = rgb(hex);
  for (const g of layoutText(text).glyphs) {
    const gx = Math.round((x + s * g.x) * STEPS_X);
    const gy = Math.round((y - s * g.y) * STEPS_Y);
    const ix = Math.floor(gx / STEPS_X);
    const iy = Math.floor(gy / STEPS_Y);
    paint(img, glyphMask(g.key, g.d, s, gx - ix * STEPS_X, gy - iy * STEPS_Y), ix, iy, color);
  }
}
