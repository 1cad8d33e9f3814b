import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminBundle, copyAdmin } from '../admin/bundle';
import { adminConfigFile } from '../admin/cms-config';
import { PREVIEW_FONT_FILE, previewFontCss } from '../admin/preview-fonts';
import { cmsSettings } from '../admin/settings';
import { joinBase } from '../lib/urls';
import { path } from '../lib/routes';

/**
 * Puts the editors' CMS at /admin/ after the site is built: the bundle (cached,
 * src/admin/bundle.ts) and config.json, generated from the schemas with the
 * site's stylesheets for the preview pane. Not an Astro page, so it gets none of
 * the site's CSP <meta>, sitemap entry or search index; its headers come from
 * src/lib/headers.ts (kind `admin`).
 */
export function adminCms(): AstroIntegration {
  let base = '/';
  return {
    name: 'mbo030:admin-cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const bundle = await adminBundle((m) => logger.info(m));
        const target = join(out, path('admin'));
        copyAdmin(bundle, target);
        const styles = readdirSync(join(out, '_astro'))
          .filter((f) => f.endsWith('.css'))
          .sort()
          .map((f) => joinBase(base, `_astro/${f}`));
        // The site's font for the preview pane (src/admin/preview-fonts.ts): same files, no other origin.
        const fonts = previewFontCss(readFileSync(join(out, 'index.html'), 'utf8'));
        if (!fonts)
          throw new Error(
            'Geen @font-face van Noto Sans in index.html: de voorvertoning van het CMS zou een ander lettertype tonen.',
          );
        writeFileSync(join(target, PREVIEW_FONT_FILE), fonts);
        styles.push(joinBase(base, `${path('admin')}${PREVIEW_FONT_FILE}`));
        writeFileSync(join(out, path('adminConfig')), JSON.stringify(adminConfigFile(cmsSettings(), styles)));
        logger.info(`redactieomgeving in ${path('admin')} (${styles.length} stijlbestand(en) voor de voorvertoning)`);
      },
    },
  };
}
