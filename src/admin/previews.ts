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

/** The fields a preview shows per collection: heading, lead, eyebrow, image. */
export const previewFields = {
  verhalen: { title: 'titel', lead: 'samenvatting', eyebrow: 'Verhalen', image: 'afbeelding' },
  agenda: { title: 'titel', lead: 'samenvatting', eyebrow: 'Agenda', image: 'afbeelding' },
  tour: { title: 'titel', lead: 'samenvatting', eyebrow: 'Mbo Tour 030', image: 'fotos' },
  ambassadeurs: { title: 'naam', lead: 'samenvatting', eyebrow: 'Ambassadeurs', image: 'portret' },
  gespot: { title: 'titel', lead: 'wat', eyebrow: 'Gespot', image: 'afbeelding' },
  paginas: { title: 'titel', lead: 'intro', eyebrow: '', image: '' },
} as const;

export function articlePreview(h: H, fields: (typeof previewFields)[keyof typeof previewFields]) {
  return ({ entry, getAsset }: CustomPreviewTemplateProps): unknown => {
    const get = (...path: (string | number)[]) => entry.getIn(['data', ...path]) as string | undefined;
    const imagePath = fields.image === 'fotos' ? get('fotos', 0, 'src') : fields.image ? get(fields.image, 'src') : undefined;
    const alt = fields.image === 'fotos' ? get('fotos', 0, 'alt') : fields.image ? get(fields.image, 'alt') : undefined;
    const asset = imagePath ? getAsset(imagePath) : undefined;
    const url: unknown = asset && typeof asset === 'object' ? (asset as { url?: unknown }).url : asset;
    const src = typeof url === 'string' ? url : undefined;
    const source = get('bron');
    return h(
      'article',
      null,
      h('header', { className: 'wrap pt-8' }, fields.eyebrow ? h('p', { className: 'eyebrow' }, fields.eyebrow) : null, h('h1', { className: 'mt-2 max-w-4xl text-4xl sm:text-5xl' }, get(fields.title) ?? ''), get(fields.lead) ? h('p', { className: 'mt-4 max-w-2xl text-xl' }, get(fields.lead)) : null),
      src ? h('div', { className: 'wrap mt-8' }, h('img', { src, alt: alt ?? '', className: 'aspect-[16/9] w-full rounded-kaart object-cover' })) : null,
      // The body by the site's rules (preview-markdown.ts), not the CMS's own Markdown preview.
      h('div', { className: 'wrap mt-10 prose', dangerouslySetInnerHTML: { __html: previewHtml(get('body') ?? '', (p) => String((getAsset(p) as { url?: string } | undefined)?.url ?? p)) } }),
      source ? h('p', { className: 'wrap mt-8 text-inkt-zacht' }, h('span', { className: 'font-bold' }, 'Bron:'), ` ${source}`) : null,
    );
  };
}
