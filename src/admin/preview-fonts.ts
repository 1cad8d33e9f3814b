/**
 * The site's web font for the CMS's preview pane. Astro's <Font> puts the
 * @font-face rules of Noto Sans (our own files under /_astro/fonts/) and the
 * `--font-noto` variable in a <style> in each page's head, not in a stylesheet,
 * so the preview pane, which gets only the stylesheets, fell back to a serif
 * font. The build copies that block into /admin/preview-fonts.css. There the
 * font may swap in late (`swap`): on the site `optional` keeps text from
 * moving, in the preview the right letters matter more.
 */

/** The @font-face block of a built page, for the preview; undefined when the page has none. */
export function previewFontCss(html: string): string | undefined {
  const block = [...html.matchAll(/<style[^>]*>([^<]*@font-face[^<]*)<\/style>/g)]
    .map((m) => m[1]!)
    .find((css) => css.includes('--font-noto'));
  return block?.replace(/font-display:\s*optional/g, 'font-display:swap');
}

/** Where the build writes it, inside /admin/. */
export const PREVIEW_FONT_FILE = 'preview-fonts.css';
