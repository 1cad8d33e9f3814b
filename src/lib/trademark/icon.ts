import { brandColors } from './colors';

/** The site's icon: a rounded square in Utrechts rood with a ring in Zonnig geel. `npm run artwork` writes it to public/favicon.svg and the PNG icons. */
export const iconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${brandColors.rood.hex}"/><g fill="none" stroke="${brandColors.geel.hex}" stroke-width="7" stroke-linecap="round"><ellipse cx="32" cy="32" rx="13" ry="19"/></g><circle cx="32" cy="32" r="4" fill="#fff"/></svg>\n`;

/**
 * The icon as a data: URL for every page's <link rel="icon">. A first visit then
 * asks for no icon file, which on a slow connection would share the line with the
 * font the first text waits for (docs/performance.md, LCP).
 */
export const iconDataUrl = `data:image/svg+xml,${iconSvg
  .trim()
  .replaceAll('"', "'")
  .replace(/[<>#% \n]/g, (ch) => encodeURIComponent(ch))}`;
