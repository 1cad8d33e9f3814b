/**
 * The HTML a school pastes into its own website: a link around an image, as
 * the national accessibility label is embedded. No script, no iframe, no
 * cookie, no tracking parameter. Pure, so the builder page and the tests agree.
 */

/** Display sizes offered in the builder: a factor on the badge's own size. */
export const badgeSizes = { klein: 0.75, normaal: 1, groot: 1.5 } as const;
export type BadgeSize = keyof typeof badgeSizes;

/** The sizes the builder offers for a badge: those at which its mark stays at least `minMark` px wide. */
export function offeredSizes(markWidth: number, minMark: number): BadgeSize[] {
  return (Object.keys(badgeSizes) as BadgeSize[]).filter((s) => markWidth * badgeSizes[s] >= minMark);
}

/** The PNG scales every badge is published at: enough for each size on a screen with 2 device pixels per px. */
export const BADGE_PNG_SCALES = [1, 2, 3] as const;

/** The smallest published PNG scale that is sharp for `size` on a screen with `density` device pixels per px. */
export function pngScale(size: BadgeSize, density: 1 | 2): number {
  const needed = badgeSizes[size] * density;
  return BADGE_PNG_SCALES.find((s) => s >= needed) ?? BADGE_PNG_SCALES.at(-1)!;
}

/** `licht` at scale 1 → `licht`, at 2 → `licht@2x`: the name of a PNG without `.png`. */
export const pngName = (name: string, scale: number) => (scale === 1 ? name : `${name}@${scale}x`);

export interface SnippetInput {
  /** Absolute URL of the badge without extension, e.g. https://mbo030.nl/badge/v1/licht */
  badgeUrl: string;
  /** Absolute URL the badge links to: the school's page, or the trademark page. */
  linkUrl: string;
  width: number;
  height: number;
  alt: string;
  size: BadgeSize;
  /**
   * PNG instead of SVG: for e-mail (Gmail and Outlook show no SVG) and a CMS that strips SVG. Its `src`
   * is the file that is sharp on a 2× screen, because e-mail ignores `srcset`; `srcset` gives a 1× screen
   * the smaller file.
   */
  png: boolean;
}

/** One badge the builder offers (data/badge-snippets makes the list; the builder script reads it). */
export interface BuilderBadge {
  key: string;
  label: string;
  /** Absolute URL without extension, on the production domain: what the snippet uses. */
  url: string;
  /** Site-internal URL without extension: what the preview on this site loads. */
  local: string;
  width: number;
  height: number;
  alt: string;
  /** The sizes it is offered at (offeredSizes): the mark never under the rules page's minimum. */
  sizes: BadgeSize[];
  /** Set for a school's own badge: only offered with that school. */
  school?: string | undefined;
}

/** Where a badge links to: the trademark page, or one school's page. */
export interface BuilderTarget {
  /** '' for no school. */
  school: string;
  label: string;
  linkUrl: string;
}

/** The snippet for one choice in the builder; the list without JavaScript and the script both use it. */
export function builderSnippet(badge: BuilderBadge, target: BuilderTarget, size: BadgeSize, png: boolean): string {
  const { url: badgeUrl, width, height, alt } = badge;
  return badgeSnippet({ badgeUrl, linkUrl: target.linkUrl, width, height, alt, size, png });
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One line of HTML, ready to paste. */
export function badgeSnippet(i: SnippetInput): string {
  const w = Math.round(i.width * badgeSizes[i.size]);
  const h = Math.round(i.height * badgeSizes[i.size]);
  const png = (density: 1 | 2) => `${attr(pngName(i.badgeUrl, pngScale(i.size, density)))}.png`;
  const src = i.png ? `src="${png(2)}" srcset="${png(1)} 1x, ${png(2)} 2x"` : `src="${attr(i.badgeUrl)}.svg"`;
  return `<a href="${attr(i.linkUrl)}"><img ${src} width="${w}" height="${h}" alt="${attr(i.alt)}" loading="lazy" decoding="async"></a>`;
}
