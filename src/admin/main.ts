/**
 * The editors' CMS at /admin/: Sveltia CMS from npm, bundled by our build
 * (src/admin/bundle.ts), configured from the schemas (config.json, written by
 * the build from src/admin/cms-config.ts). The preview pane gets the site's own
 * stylesheets and, per collection, the fields to show from config.json, so an
 * entry looks as readers will see it and this bundle needs nothing outside src/admin/.
 */
import './editor-accessibility';
import CMS, { type CmsConfig } from '@sveltia/cms';
import { articlePreview, type PreviewFields } from './previews';

/** What the build writes to config.json (cms-config.ts `adminConfigFile`). */
interface AdminFile {
  previewStyles: string[];
  /** Per collection the fields its preview shows (from src/content-types/). */
  previews: Record<string, PreviewFields>;
  config: CmsConfig;
}

async function start(): Promise<void> {
  const res = await fetch(new URL('config.json', document.baseURI));
  if (!res.ok) throw new Error(`config.json: ${res.status}`);
  const file = (await res.json()) as AdminFile;
  for (const href of file.previewStyles) CMS.registerPreviewStyle(new URL(href, document.baseURI).href);
  const h = (window as unknown as { h: Parameters<typeof articlePreview>[0] }).h;
  for (const [name, fields] of Object.entries(file.previews))
    CMS.registerPreviewTemplate(name, articlePreview(h, fields));
  await CMS.init({ config: file.config });
}

start().catch((error: unknown) => {
  const p = document.createElement('p');
  p.className = 'admin-error';
  p.textContent =
    'De redactieomgeving kon niet starten. Laad de pagina opnieuw; lukt het dan niet, vraag een ontwikkelaar om hulp.';
  document.body.append(p);
  console.warn(error);
});
