/**
 * The mbo030 badges that schools put on their own websites, drawn at build
 * time. Generic variants (light, dark, square, banner) and one per school
 * ("<school> is mbo030"), sized to the school's name.
 */
import { brandColors } from './colors';
import { textWidth, wrapText } from './outline-text';
import { SvgCanvas, WORDMARK_RATIO, type WordmarkScheme } from './svg';
import { MAX_BADGE_BYTES, svgFileProblems } from './svg-checks';

export const badgeVariants = ['licht', 'donker', 'vierkant', 'banner'] as const;
export type BadgeVariant = (typeof badgeVariants)[number];

/** Reader-facing names and advice per variant, for the builder and the downloads. */
export const badgeVariantInfo: Record<BadgeVariant, { label: string; use: string }> = {
  licht: { label: 'Licht', use: 'voor een witte of lichte achtergrond' },
  donker: { label: 'Donker', use: 'voor een donkere of drukke achtergrond (op een eigen vlak)' },
  vierkant: { label: 'Vierkant', use: 'compact, voor een smalle kolom of zijbalk' },
  banner: { label: 'Banner', use: 'breed, voor boven of onder een pagina' },
};

export interface Badge {
  svg: string;
  width: number;
  height: number;
  /** Alt text for the image in the snippet. */
  alt: string;
  /** The wordmark's width in the badge, for the smallest size it may be shown at (MIN_MARK_WIDTH). */
  markWidth: number;
}

/** The rules page: the mark never under 80 pixels wide on a screen (lib/trademark/examples). */
export const MIN_MARK_WIDTH = 80;

const { rood, inkt, wit } = brandColors;
const SLOGAN = ['Trots op het', 'Utrechtse mbo'];
const GENERIC_ALT = 'mbo030: trots op het Utrechtse mbo';

/** A plate with a border inside its edge: a stroke on the edge itself is half cut off. */
function plate(c: SvgCanvas, width: number, height: number, fill: string, border: string | undefined, rx: number) {
  c.rect(0, 0, width, height, fill, { rx });
  if (border) c.rect(1, 1, width - 2, height - 2, 'none', { rx: rx - 1, stroke: border, strokeWidth: 2 });
}

/** Wordmark on the left, lines of text on the right: the shape of the light, dark and school badges. */
function sideBySide(
  lines: { text: string; color: string }[],
  fill: string,
  border: string | undefined,
  title: string,
  scheme: WordmarkScheme,
): Badge {
  const pad = 14;
  const markH = 40;
  const markW = markH * WORDMARK_RATIO;
  const size = 15;
  const lineH = 19;
  const textW = Math.ceil(Math.max(...lines.map((l) => textWidth(l.text, size))));
  const width = Math.ceil(pad + markW + 12 + textW + pad);
  const height = Math.max(72, pad * 2 + lines.length * lineH + 4);
  const c = new SvgCanvas(width, height, title);
  plate(c, width, height, fill, border, 12);
  c.wordmark(pad, (height - markH) / 2, markH, scheme);
  const top = (height - lines.length * lineH) / 2 + size;
  lines.forEach((l, i) => c.text(l.text, pad + markW + 12, top + i * lineH, size, l.color));
  return { svg: c.toString(), width, height, alt: title, markWidth: markW };
}

/** A generic badge variant. */
export function badge(variant: BadgeVariant): Badge {
  switch (variant) {
    case 'licht':
      return sideBySide(
        SLOGAN.map((text) => ({ text, color: inkt.hex })),
        wit.hex,
        '#d9cdb8',
        GENERIC_ALT,
        'kleur',
      );
    case 'donker':
      return sideBySide(
        SLOGAN.map((text) => ({ text, color: wit.hex })),
        inkt.hex,
        undefined,
        GENERIC_ALT,
        'kleur',
      );
    case 'vierkant': {
      // 120 px, as schools pasted it (v1 keeps its size); its mark is too small for Klein (offeredSizes).
      const size = 120;
      const markW = 100;
      const c = new SvgCanvas(size, size, GENERIC_ALT).rect(0, 0, size, size, inkt.hex, { rx: 14 });
      c.wordmark((size - markW) / 2, 22, markW / WORDMARK_RATIO, 'kleur');
      SLOGAN.forEach((t, i) => c.text(t, (size - textWidth(t, 13)) / 2, 76 + i * 17, 13, wit.hex));
      return { svg: c.toString(), width: size, height: size, alt: GENERIC_ALT, markWidth: markW };
    }
    case 'banner': {
      const width = 468;
      const height = 60;
      const text = 'Trots op het Utrechtse mbo';
      const c = new SvgCanvas(width, height, GENERIC_ALT);
      // The red bar follows the plate's rounded corners: a bar as round as the plate, its right half covered.
      c.rect(0, 0, width, height, wit.hex, { rx: 10 });
      c.rect(0, 0, 20, height, rood.hex, { rx: 10 });
      c.rect(10, 0, 10, height, wit.hex);
      c.rect(1, 1, width - 2, height - 2, 'none', { rx: 9, stroke: '#d9cdb8', strokeWidth: 2 });
      c.wordmark(24, 12, 36, 'kleur');
      c.text(text, 24 + 36 * WORDMARK_RATIO + 16, 37, 20, inkt.hex);
      return { svg: c.toString(), width, height, alt: GENERIC_ALT, markWidth: 36 * WORDMARK_RATIO };
    }
  }
}

/** The badge of one school: "<school> is mbo030", the name on up to three lines. */
export function schoolBadge(schoolName: string): Badge {
  const name = wrapText(schoolName, 15, 240, 3);
  const lines = [...name.map((text) => ({ text, color: inkt.hex })), { text: 'is mbo030', color: rood.hex }];
  return sideBySide(lines, wit.hex, '#d9cdb8', `${schoolName} is mbo030`, 'kleur');
}

/**
 * Why a school's badge cannot be built from this name, in Dutch ("is 10400 bytes, …"); empty when it can.
 * The build refuses the same badge (assertSafeSvg), so the content check calls this to say it first.
 */
export function schoolBadgeProblems(schoolName: string): string[] {
  const svg = schoolBadge(schoolName).svg;
  const bytes = Buffer.byteLength(svg);
  return svgFileProblems(svg).map((p) =>
    p.startsWith('is ') && bytes > MAX_BADGE_BYTES
      ? `wordt ${bytes} bytes, meer dan de ${MAX_BADGE_BYTES} die een badge mag zijn`
      : p,
  );
}
