/**
 * Preview templates for the CMS's preview pane: an entry in the markup and the
 * classes of its page on the site (layouts/StoryPage.astro and the other
 * article pages), so with the site's stylesheet (registerPreviewStyle) an
 * editor sees the text as readers will: heading, lead, image, body and "Bron".
 * Uses the CMS's own React `h` (window.h); the body is rendered by the site's
 * Markdown rules (preview-markdown.ts).
 */
import type { CustomPreviewTemplateProps } from '@sveltia/cms';
import { previewHtml } from './preview-markdown';

type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/**
 * What a preview shows: the fields for heading and lead, the eyebrow, and the
 * path to the image (`['fotos', 0]` for the first of a list). Each content
 * type's `preview`, written to config.json by cms-config.ts.
 */
export interface PreviewFields {
  title: string;
  lead: string;
  eyebrow: string;
  image: (string | number)[];
}

export function articlePreview(h: H, fields: PreviewFields) {
  return ({ entry, getAsset }: CustomPreviewTemplateProps): unknown => {
    const get = (...path: (string | number)[]) => entry.getIn(['data', ...path]) as string | undefined;
    const imagePath = fields.image.length ? get(...fields.image, 'src') : undefined;
    const alt = fields.image.length ? get(...fields.image, 'alt') : undefined;
    const asset = imagePath ? getAsset(imagePath) : undefined;
    const url: unknown = asset && typeof asset === 'object' ? (asset as { url?: unknown }).url : asset;
    const src = typeof url === 'string' ? url : undefined;
    const source = get('bron');
    return h(
      'article',
      null,
      h(
        'header',
        { className: 'wrap pt-8' },
        fields.eyebrow ? h('p', { className: 'eyebrow' }, fields.eyebrow) : null,
        h('h1', { className: 'mt-2 max-w-4xl text-4xl sm:text-5xl' }, get(fields.title) ?? ''),
        get(fields.lead) ? h('p', { className: 'mt-4 max-w-2xl text-xl' }, get(fields.lead)) : null,
      ),
      src
        ? h(
            'div',
            { className: 'wrap mt-8' },
            h('img', { src, alt: alt ?? '', className: 'aspect-[16/9] w-full rounded-kaart object-cover' }),
          )
        : null,
      // The body by the site's rules (preview-markdown.ts), not the CMS's own Markdown preview.
      h('div', {
        className: 'wrap mt-10 prose',
        dangerouslySetInnerHTML: {
          __html: previewHtml(get('body') ?? '', (p) =>
            String((getAsset(p) as { url?: string } | undefined)?.url ?? p),
          ),
        },
      }),
      source
        ? h(
            'p',
            { className: 'wrap mt-8 text-inkt-zacht' },
            h('span', { className: 'font-bold' }, 'Bron:'),
            ` ${source}`,
          )
        : null,
    );
  };
}
