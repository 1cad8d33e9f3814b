/**
 * Text as outlines: glyph shapes from Noto Sans ExtraBold (the site's font),
 * so badge SVGs look the same on every computer without the font and contain
 * no <text>. Glyphs are returned in units of 1/200 em (y up) with their
 * x positions; each distinct glyph is drawn once and reused.
 */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const fontFile = (subset: string) => require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-800-normal.woff2`);

let fonts: fontkit.Font[] | undefined;
/** Latin first, Latin Extended for letters such as ő and ł. */
function loadFonts(): fontkit.Font[] {
  fonts ??= ['latin', 'latin-ext'].map((s) => fontkit.openSync(fontFile(s)) as fontkit.Font);
  return fonts;
}

/** Glyph outlines are written in 1/200 em: fine enough for a badge, short in bytes. */
export const GLYPH_UNITS = 200;

export interface PlacedGlyph {
  /** Stable key for reuse: font index and glyph id. */
  key: string;
  /** Outline in GLYPH_UNITS per em, y up, relative commands. */
  d: string;
  /** Left edge in GLYPH_UNITS from the start of the text. */
  x: number;
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

/** The characters of a text that the badge font cannot draw (an emoji, a rare script), each once. */
export function missingGlyphs(text: string): string[] {
  const all = loadFonts();
  return [...new Set([...text.normalize('NFC')].filter((ch) => !/\s/.test(ch) && !all.some((f) => f.hasGlyphForCodePoint(ch.codePointAt(0)!))))];
}

/** Splits text into runs that one font can draw, preferring the first font. */
function runs(text: string, all: fontkit.Font[]): { font: number; text: string }[] {
  const out: { font: number; text: string }[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let font = all.findIndex((f) => f.hasGlyphForCodePoint(cp));
    if (font < 0) throw new Error(`Het teken '${ch}' (U+${cp.toString(16).toUpperCase()}) bestaat niet in het lettertype van de badge.`);
    if (/\s/.test(ch)) font = out.at(-1)?.font ?? 0;
    if (out.at(-1)?.font === font) out.at(-1)!.text += ch;
    else out.push({ font, text: ch });
  }
  return out;
}

/** Outline data per glyph, made once per build: share cards and badges draw the same letters thousands of times. */
const outlines = new Map<string, string>();

/** Lays out one line of text as outlines. Throws (in Dutch) on a character the font lacks. */
export function layoutText(text: string): LaidOutText {
  const all = loadFonts();
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const run of runs(text.normalize('NFC'), all)) {
    const font = all[run.font]!;
    const laid = font.layout(run.text);
    laid.glyphs.forEach((g, i) => {
      const pos = laid.positions[i]!;
      const key = `${run.font}-${g.id}`;
      let d = outlines.get(key);
      if (d === undefined) {
        d = g.path.commands.length > 0 ? pathData(g.path, font.unitsPerEm) : '';
        outlines.set(key, d);
      }
      if (d) glyphs.push({ key, d, x: Math.round(((x + pos.xOffset) * GLYPH_UNITS) / font.unitsPerEm) });
      x += pos.xAdvance;
    });
  }
  return { glyphs, width: (x * GLYPH_UNITS) / all[0]!.unitsPerEm };
}

const widths = new Map<string, number>();

/** Width in pixels of a text at a font size (advances only, remembered per text). */
export function textWidth(text: string, size: number): number {
  let w = widths.get(text);
  if (w === undefined) {
    const all = loadFonts();
    w = 0;
    for (const run of runs(text.normalize('NFC'), all)) {
      const font = all[run.font]!;
      w += (font.layout(run.text).advanceWidth * GLYPH_UNITS) / font.unitsPerEm;
    }
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
