/**
 * Every snippet the badge builder can produce, built at build time from the
 * badge list: per link target (the trademark page, or a school's page), per
 * badge, size and format. The builder page lists them all for readers without
 * JavaScript; its script builds the same strings with the same function.
 */
import { MIN_MARK_WIDTH } from '../lib/trademark/badge';
import {
  builderSnippet,
  offeredSizes,
  type BadgeSize,
  type BuilderBadge,
  type BuilderTarget,
} from '../lib/trademark/snippet';
import { absolute, href, to } from '../lib/urls';
import { genericBadges, schoolBadges, type BadgeFile } from './badges';
import { siteContent } from './site';

export async function builderData(site: URL) {
  const { schools } = await siteContent();
  const toBuilder = (b: BadgeFile): BuilderBadge => ({
    key: b.school ? 'school' : b.name,
    label: b.label,
    url: absolute(href(b.path), site),
    local: href(b.path),
    width: b.width,
    height: b.height,
    alt: b.alt,
    sizes: offeredSizes(b.markWidth, MIN_MARK_WIDTH),
    school: b.school,
  });
  const badges = [...(await schoolBadges()).map(toBuilder), ...genericBadges().map(toBuilder)];
  const targets: BuilderTarget[] = [
    { school: '', label: 'Geen school (link naar het merk mbo030)', linkUrl: absolute(to.trademark(), site) },
    ...schools.map((s) => ({ school: s.id, label: s.data.naam, linkUrl: absolute(to.school(s.id), site) })),
  ];
  return { badges, targets, snippets: allSnippets(badges, targets) };
}
export type BuilderData = Awaited<ReturnType<typeof builderData>>;

export interface ListedSnippet {
  target: BuilderTarget;
  badge: BuilderBadge;
  size: BadgeSize;
  png: boolean;
  html: string;
}

/** All combinations the builder offers, in the builder's order. */
export function allSnippets(badges: BuilderBadge[], targets: BuilderTarget[]): ListedSnippet[] {
  const out: ListedSnippet[] = [];
  for (const target of targets) {
    for (const badge of badges.filter((b) => !b.school || b.school === target.school)) {
      for (const size of badge.sizes) {
        for (const png of [false, true]) {
          out.push({
            target,
            badge,
            size,
            png,
            html: builderSnippet(badge, target, size, png),
          });
        }
      }
    }
  }
  return out;
}
