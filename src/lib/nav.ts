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
 * `page` when the item is the page itself, `true` when the page lies inside the
 * item's section, undefined otherwise: the value for `aria-current`.
 */
export function currentState(itemHref: string, pathname: string): 'page' | 'true' | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === itemHref) return 'page';
  if (path.startsWith(itemHref)) return 'true';
  return undefined;
}
