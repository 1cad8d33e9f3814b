/**
 * Text as outlines: glyph shapes from our own font files (lib/trademark/font-chain:
 * Noto Sans ExtraBold, the site's font, with fallbacks for other scripts, emoji
 * and symbols), so badge SVGs and share cards look the same on every computer
 * and contain no <text>. Glyphs are returned in units of 1/200 em (y up) with
 * their positions; each distinct glyph is drawn once and reused. Mixed
 * directions (Arabic or Hebrew in a Dutch title) follow the Unicode
 * bidirectional algorithm (bidi-js) on a left-to-right line. Nothing here
 * throws on a character: what no font has is drawn as the replacement sign U+FFFD.
 */
import bidiFactory from 'bidi-js';
import type * as fontkit from 'fontkit';
import { FONT_FILES, PLAIN_LATIN, REPLACEMENT, drawableForm, font, fontFor, forFont, graphemes } from './font-chain';

const bidi = bidiFactory();

/** Glyph outlines are written in 1/200 em: fine enough for a badge, short in bytes. */
export const GLYPH_UNITS = 200;

export interface PlacedGlyph {
  /** Stable key for reuse: font index and glyph id. */
  key: string;
  /** Outline in GLYPH_UNITS per em, y up, relative commands. */
  d: string;
  /** Left edge in GLYPH_UNITS from the start of the text. */
  x: number;
  /** Raise above the baseline in GLYPH_UNITS (accents stacked by the font), 0 for most glyphs. */
  y: number;
}

export interface LaidOutText {
  glyphs: PlacedGlyph[];
  /** Advance width of the whole text in GLYPH_UNITS. */
  width: number;
}

/** Numbers joined the short way SVG allows: "12-3 4" for 12, -3, 4. */
function compact(nums: number[]): string {
  return nums.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : String(n))).join('');
}

/**
 * Outline as compact SVG path data: relative commands in units of 1/GLYPH_UNITS
 * em (a 15 px letter is drawn to 0.08 px), which keeps a badge well under 10 KB.
 */
function pathData(path: fontkit.Glyph['path'], unitsPerEm: number): string {
  const k = GLYPH_UNITS / unitsPerEm;
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let out = '';
  for (const { command, args } of path.commands) {
    const pts = args.map((v) => Math.round(v * k));
    const rel: number[] = [];
    for (let i = 0; i < pts.length; i += 2) rel.push(pts[i]! - cx, pts[i + 1]! - cy);
    const endX = pts[pts.length - 2] ?? cx;
    const endY = pts[pts.length - 1] ?? cy;
    switch (command) {
      case 'moveTo':
        out += `m${compact(rel)}`;
        sx = endX;
        sy = endY;
        break;
      case 'lineTo':
        if (rel[1] === 0) out += `h${rel[0]}`;
        else if (rel[0] === 0) out += `v${rel[1]}`;
        else out += `l${compact(rel)}`;
        break;
      case 'quadraticCurveTo':
        out += `q${compact(rel)}`;
        break;
      case 'bezierCurveTo':
        out += `c${compact(rel)}`;
        break;
      default:
        out += 'z';
        cx = sx;
        cy = sy;
        continue;
    }
    cx = endX;
    cy = endY;
  }
  return out;
}

/** A piece of a line that one font draws in one direction. */
interface Run {
  font: number;
  text: string;
  /** Bidi embedding level: odd is right to left. */
  level: number;
}

/** Rule L2 of the bidi algorithm: from the highest level down, every stretch of runs at that level or higher is reversed. */
function visualOrder(runs: Run[]): Run[] {
  let out = runs;
  for (let level = Math.max(0, ...runs.map((r) => r.level)); level >= 1; level--) {
    const next: Run[] = [];
    for (let i = 0; i < out.length;) {
      let j = i;
      while (j < out.length && out[j]!.level >= level) j++;
      if (j > i) next.push(...out.slice(i, j).reverse());
      else next.push(out[j++]!);
      i = j;
    }
    out = next;
  }
  return out;
}

/** Splits one line into runs in drawing order (left to right); each run is laid out by its own font. */
function runs(text: string): Run[] {
  const t = drawableForm(text);
  if (PLAIN_LATIN.test(t)) return t ? [{ font: 0, text: t, level: 0 }] : [];
  const { levels } = bidi.getEmbeddingLevels(t, 'ltr');
  const out: Run[] = [];
  let at = 0;
  for (const g of graphemes(t)) {
    const level = levels[at] ?? 0;
    at += g.length;
    const last = out.at(-1);
    // A space joins the run before it when that is text (Arabic words keep their order), else it is Noto Sans's.
    let f = g === ' ' ? (last && FONT_FILES[last.font]!.text ? last.font : 0) : fontFor(g);
    if (f === -2) continue; // only joiners or selectors: nothing to draw
    const piece = f === -1 ? REPLACEMENT : forFont(g, f);
    if (f === -1) f = 0;
    if (last && last.font === f && last.level === level) last.text += piece;
    else out.push({ font: f, text: piece, level });
  }
  return visualOrder(out);
}

/** fontkit's layout of a run in its direction (right-to-left runs come back in drawing order). */
const shape = (run: Run) =>
  font(run.font).layout(run.text, undefined, undefined, undefined, run.level % 2 ? 'rtl' : 'ltr');

/** Outline data per glyph, made once per build: share cards and badges draw the same letters thousands of times. */
const outlines = new Map<string, string>();

/** Lays out one line of text as outlines. Never throws: see font-chain for what is drawn in place of what. */
export function layoutText(text: string): LaidOutText {
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const run of runs(text)) {
    const f = font(run.font);
    const k = GLYPH_UNITS / f.unitsPerEm;
    const laid = shape(run);
    laid.glyphs.forEach((g, i) => {
      const pos = laid.positions[i]!;
      const key = `${run.font}-${g.id}`;
      let d = outlines.get(key);
      if (d === undefined) {
        d = g.path.commands.length > 0 ? pathData(g.path, f.unitsPerEm) : '';
        outlines.set(key, d);
      }
      if (d) glyphs.push({ key, d, x: Math.round(x + pos.xOffset * k), y: Math.round(pos.yOffset * k) });
      x += pos.xAdvance * k;
    });
  }
  return { glyphs, width: x };
}

const widths = new Map<string, number>();

/** Width in pixels of a text at a font size (advances only, remembered per text). */
export function textWidth(text: string, size: number): number {
  let w = widths.get(text);
  if (w === undefined) {
    w = 0;
    for (const run of runs(text)) w += (shape(run).advanceWidth * GLYPH_UNITS) / font(run.font).unitsPerEm;
    if (widths.size > 50_000) widths.clear();
    widths.set(text, w);
  }
  return (w * size) / GLYPH_UNITS;
}

/** Breaks text into at most `maxLines` lines no wider than `maxWidth` px; the last line takes the rest. */
export function wrapText(text: string, size: number, maxWidth: number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > maxWidth && lines.length < maxLines - 1) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
