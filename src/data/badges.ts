/**
 * Every badge and trademark file the site publishes, with its URL path, so the
 * endpoints that write them and the builder page that offers them share one list.
 * A new school in content/scholen/ gets its badge here with no extra work.
 */
import sharp from 'sharp';
import { zipSync } from 'fflate';
import { badge, badgeVariantInfo, badgeVariants, schoolBadge, type Badge } from '../lib/trademark/badge';
import { pngName } from '../lib/trademark/snippet';
import { assertSafeSvg } from '../lib/trademark/svg-checks';
import { trademarkSvg, trademarkVariants } from '../lib/trademark/trademark';
import { path as routePath } from '../lib/routes';
import { siteContent } from './site';

export interface BadgeFile extends Badge {
  /** Site-relative path without extension (route badgeFile): `badge/v1/licht`, `badge/v1/scholen/nimeto`. */
  path: string;
  /** Name of the file without extension. */
  name: string;
  label: string;
  /** School id for a school's badge. */
  school?: string;
}

export function genericBadges(): BadgeFile[] {
  return badgeVariants.map((v) => ({
    ...badge(v),
    path: routePath('badgeFile', { file: v }),
    name: v,
    label: `${badgeVariantInfo[v].label}: ${badgeVariantInfo[v].use}`,
  }));
}

let schoolBadgeList: Promise<BadgeFile[]> | undefined;

/** One badge per school in content/scholen/, drawn once per build. */
export function schoolBadges(): Promise<BadgeFile[]> {
  schoolBadgeList ??= drawSchoolBadges();
  return schoolBadgeList;
}

async function drawSchoolBadges(): Promise<BadgeFile[]> {
  const { schools } = await siteContent();
  return schools.map((s) => {
    try {
      return {
        ...schoolBadge(s.data.naam),
        path: routePath('badgeFile', { file: `scholen/${s.id}` }),
        name: s.id,
        label: `${s.data.naam} is mbo030`,
        school: s.id,
      };
    } catch (e) {
      // Name the content file, as every content error does: the badge draws the school's name.
      throw new Error(
        `${s.filePath ?? `content/scholen/${s.id}`}: veld 'naam': ${(e as Error).message} Laat dat teken weg uit de naam.`,
        { cause: e },
      );
    }
  });
}

/** The SVG text of a badge, checked: a badge that is unsafe or too big stops the build. */
export function badgeSvg(b: Badge & { path: string }): string {
  return assertSafeSvg(b.path, b.svg);
}

/** A PNG of an SVG at a whole-number scale, exactly width×scale by height×scale pixels. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 * scale })
    .resize(Math.round(width * scale), Math.round(height * scale), { fit: 'fill' })
    .png({ compressionLevel: 9, palette: true, quality: 90 })
    .toBuffer();
}

/** `licht` → 1, `licht@2x` → 2: the PNG names of a file. */
export function pngNames(name: string, scales: readonly number[]): { name: string; scale: number }[] {
  return scales.map((scale) => ({ name: pngName(name, scale), scale }));
}

export const TRADEMARK_PNG_SCALES = [1, 2, 4] as const;

/** The downloadable trademark files: `mbo030-kleur.svg`, `mbo030-kleur@2x.png`, … */
export function trademarkFiles() {
  return trademarkVariants.map((scheme) => ({ scheme, name: `mbo030-${scheme}`, ...trademarkSvg(scheme) }));
}

/** One zip with every trademark file (SVG and PNG at 1×, 2× and 4×). */
export async function trademarkZip(): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  for (const f of trademarkFiles()) {
    entries[`${f.name}.svg`] = new TextEncoder().encode(f.svg);
    for (const p of pngNames(f.name, TRADEMARK_PNG_SCALES))
      entries[`${p.name}.png`] = await svgToPng(f.svg, f.width, f.height, p.scale);
  }
  // A fixed date keeps the zip identical from build to build.
  return zipSync(entries, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') });
}
