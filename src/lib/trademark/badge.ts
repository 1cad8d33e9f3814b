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
}

const { rood, inkt, wit } = brandColors;
const SLOGAN = ['Trots op het', 'Utrechtse mbo'];
const GENERIC_ALT = 'mbo030: trots op het Utrechtse mbo';

/** Wordmark on the left, lines of text on the right: the shape of the light, dark and school badges. */
function sideBySide(
  lines: { text: string; color: string }[],
  plate: string,
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
  const c = new SvgCanvas(width, height, title).rect(0, 0, width, height, plate, {
    rx: 12,
    ...(border ? { stroke: border, strokeWidth: 2 } : {}),
  });
  c.wordmark(pad, (height - markH) / 2, markH, scheme);
  const top = (height - lines.length * lineH) / 2 + size;
  lines.forEach((l, i) => c.text(l.text, pad + markW + 12, top + i * lineH, size, l.color));
  return { svg: c.toString(), width, height, alt: title };
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
      const size = 120;
      const markW = 100;
      const c = new SvgCanvas(size, size, GENERIC_ALT).rect(0, 0, size, size, inkt.hex, { rx: 14 });
      c.wordmark((size - markW) / 2, 22, markW / WORDMARK_RATIO, 'kleur');
      SLOGAN.forEach((t, i) => c.text(t, (size - textWidth(t, 13)) / 2, 76 + i * 17, 13, wit.hex));
      return { svg: c.toString(), width: size, height: size, alt: GENERIC_ALT };
    }
    case 'banner': {
      const width = 468;
      const height = 60;
      const text = 'Trots op het Utrechtse mbo';
      const c = new SvgCanvas(width, height, GENERIC_ALT).rect(0, 0, width, height, wit.hex, {
        rx: 10,
        stroke: '#d9cdb8',
        strokeWidth: 2,
      });
      c.rect(0, 0, 10, height, rood.hex, { rx: 5 });
      c.wordmark(24, 12, 36, 'kleur');
      c.text(text, 24 + 36 * WORDMARK_RATIO + 16, 37, 20, inkt.hex);
      return { svg: c.toString(), width, height, alt: GENERIC_ALT };
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
