/**
 * The HTML a school pastes into its own website: a link around an image, as
 * the national accessibility label is embedded. No script, no iframe, no
 * cookie, no tracking parameter. Pure, so the builder page and the tests agree.
 */

/** Display sizes offered in the builder: a factor on the badge's own size. */
export const badgeSizes = { klein: 0.75, normaal: 1, groot: 1.5 } as const;
export type BadgeSize = keyof typeof badgeSizes;

export interface SnippetInput {
  /** Absolute URL of the badge without extension, e.g. https://mbo030.nl/badge/v1/licht */
  badgeUrl: string;
  /** Absolute URL the badge links to: the school's page, or the trademark page. */
  linkUrl: string;
  width: number;
  height: number;
  alt: string;
  size: BadgeSize;
  /** PNG with a 2× srcset instead of SVG, for a CMS that strips SVG. */
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
  const src = i.png
    ? `src="${attr(i.badgeUrl)}.png" srcset="${attr(i.badgeUrl)}.png 1x, ${attr(i.badgeUrl)}@2x.png 2x"`
    : `src="${attr(i.badgeUrl)}.svg"`;
  return `<a href="${attr(i.linkUrl)}"><img ${src} width="${w}" height="${h}" alt="${attr(i.alt)}" loading="lazy" decoding="async"></a>`;
}
