/**
 * The body of an entry in the CMS's preview pane, rendered by the site's rules
 * instead of the CMS's own (which breaks lines where the source wraps and keeps
 * straight quotes). The site renders Markdown with Sätteri (Astro 7's default,
 * GFM and smart punctuation on); Sätteri runs in the browser only as a threaded
 * WebAssembly build that needs a cross-origin-isolated page, so the preview uses
 * `marked` with the same rules: soft line breaks stay spaces, GFM, and the same
 * smart punctuation (“ ” ‘ ’, -- → –, --- → —, ... → …). src/admin/preview-markdown.test.ts
 * compares the text with Sätteri's for every real content file.
 * Raw HTML is not passed on: an editor component (<Citaat>, <Foto>, <Feiten>,
 * <Persoon>, <Knop>) shows an honest placeholder, because in a .md file, the
 * only kind the CMS edits, it does not work (the content check says so).
 */
import { Marked, type Tokens } from 'marked';

const COMPONENT = /^\s*<(Citaat|Foto|Feiten|Persoon|Knop)\b/;
const CLOSING_COMPONENT = /^\s*<\/(Citaat|Foto|Feiten|Persoon|Knop)\s*>\s*$/;
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list_item', 'table', 'space']);
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Smart punctuation as Sätteri's (SmartyPants rules) on one run of text; `before` is the character before it. */
export function smartPunctuation(text: string, before = ''): string {
  let out = '';
  const s = text
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/\.\.\./g, '…');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const prev = i === 0 ? before : s[i - 1]!;
    const next = s[i + 1] ?? '';
    const opens = prev === '' || /[\s([{\u2014\u2013-]/.test(prev);
    if (c === '"') out += opens && next !== '' && !/\s/.test(next) ? '“' : '”';
    else if (c === "'")
      out +=
        opens && next !== '' && !/[\s\p{L}\d]/u.test(next)
          ? '‘'
          : opens && /\p{L}/u.test(next) && !/^'\p{L}{1,2}\b/u.test(s.slice(i))
            ? '‘'
            : '’';
    else out += c;
  }
  return out;
}

/** The placeholder for an editor component in the preview. */
export function componentPlaceholder(name: string, inline: boolean): string {
  const text = `[${name}: werkt alleen in een .mdx-bestand; de controle meldt dit. Zie docs/redactie.md.]`;
  return inline
    ? `<mark class="cms-placeholder">${escapeHtml(text)}</mark>`
    : `<p class="cms-placeholder"><mark>${escapeHtml(text)}</mark></p>`;
}

/** The body as HTML by the site's rules; `image` turns a path from the file into an address the preview can show. */
export function previewHtml(markdown: string, image: (src: string) => string = (s) => s): string {
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  let last = '';
  marked.use({
    // Tokens come parent first: a block starts a new run of text; a leaf carries on from the leaf before it.
    walkTokens(token) {
      const leaf = !('tokens' in token && token.tokens?.length);
      if (BLOCKS.has(token.type)) last = '';
      if (!leaf) return;
      if (token.type === 'text') {
        const t = token as Tokens.Text;
        t.text = smartPunctuation(t.text, last);
      }
      if (typeof token.raw === 'string' && token.raw) last = token.raw.at(-1)!;
    },
    renderer: {
      html(token: Tokens.HTML | Tokens.Tag) {
        const { text } = token;
        const block = 'block' in token && token.block;
        const name = COMPONENT.exec(text)?.[1];
        if (name) return componentPlaceholder(name, !block);
        if (CLOSING_COMPONENT.test(text)) return '';
        return escapeHtml(text);
      },
      image({ href, text }: Tokens.Image) {
        return `<img src="${escapeHtml(image(href))}" alt="${escapeHtml(text)}">`;
      },
    },
  });
  return marked.parse(markdown) as string;
}
