/** The main navigation and how the current page is marked in it. */
import { to } from './urls';

export interface NavItem {
  label: string;
  href: string;
}

export function mainNav(): NavItem[] {
  return [
    { label: 'Verhalen', href: to.stories() },
    { label: 'Ambassadeurs', href: to.ambassadors() },
    { label: 'Agenda', href: to.agenda() },
    { label: 'Mbo Tour 030', href: to.tour() },
    { label: 'Scholen', href: to.schools() },
    { label: 'Het merk mbo030', href: to.trademark() },
    { label: 'Over', href: to.about() },
  ];
}

/**
 * The trademark's pages under /mbo030/: one name each, for the second row of
 * navigation, the cards on /mbo030/ (with what each offers) and the page titles.
 */
export function trademarkPages() {
  return {
    about: { href: to.trademark(), label: 'Over het merk' },
    rules: {
      href: to.trademarkRules(),
      label: 'Regels voor gebruik',
      text: 'Kleuren, vrije ruimte, minimale maat en wat je niet doet.',
    },
    downloads: {
      href: to.trademarkDownloads(),
      label: 'Downloads',
      text: 'Het logo in kleur, zwart en wit, als SVG en PNG.',
    },
    spotted: { href: to.spotted(), label: 'Gespot', text: 'Waar het merk volgens de bron zou komen of gezien is.' },
    badge: {
      href: to.badgeBuilder(),
      label: 'Badge voor je website',
      text: 'Laat op de website van je school zien dat je meedoet.',
    },
  } as const;
}

/**
 * `page` when the item is the page itself, `true` when the page lies inside the
 * item's section, undefined otherwise: the value for `aria-current`.
 */
export function currentState(itemHref: string, pathname: string): 'page' | 'true' | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === itemHref) return 'page';
  if (path.startsWith(itemHref)) return 'true';
  return undefined;
}
