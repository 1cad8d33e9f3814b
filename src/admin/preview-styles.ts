/**
 * The site's look for the CMS's preview pane. Every page carries its CSS in
 * <style> blocks in its head (`inlineStylesheets: 'always'` in astro.config.mjs,
 * so the first view needs no second request): the site's stylesheet, and Astro's
 * @font-face rules for Noto Sans (our own files under /_astro/fonts/) with the
 * `--font-noto` variable. The preview pane takes only stylesheet files, so the
 * build copies those blocks from a built page into /admin/preview.css. There
 * the font may swap in late (`swap`): on the site `optional` keeps text from
 * moving, in the preview the right letters matter more.
 */

/** The CSS of a built page, for the preview; undefined when the page lacks the site's font. */
export function previewCss(html: string): string | undefined {
  const blocks = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  if (!blocks.some((css) => css.includes('@font-face') && css.includes('--font-noto'))) return undefined;
  return blocks.join('\n').replace(/font-display:\s*optional/g, 'font-display:swap');
}

/** Where the build writes it, inside /admin/. */
export const PREVIEW_STYLE_FILE = 'preview.css';
