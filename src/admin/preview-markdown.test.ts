import { readdirSync, readFileSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { previewHtml } from './preview-markdown';

/** The text a reader sees: tags off, entities decoded, runs of white space as one space. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
const site = (md: string) =>
  textOf((markdownToHtml(md, { features: { gfm: true, smartPunctuation: true } }) as { html: string }).html);
const bodyOf = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

const folder = new URL('../../content/', import.meta.url);
const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md'))
  .sort();

describe('the preview renders the body by the site’s rules (compared with Sätteri, the site’s renderer)', () => {
  it.each(files)('%s: same text', (f) => {
    const md = bodyOf(new URL(f, folder).pathname);
    expect(textOf(previewHtml(md))).toBe(site(md));
  });
  it.each([
    'Hij zei "ja" -- en het was... goed --- echt.',
    "Mbo'ers zeggen 'hallo' tegen 't bestuur.",
    'Een regel\ndie doorloopt op de volgende regel.',
    '> "Een citaat" met een **vette "kern"**.',
  ])('same text: %s', (md) => expect(textOf(previewHtml(md))).toBe(site(md)));
  it('joins soft line breaks as the site does (no <br>)', () => expect(previewHtml('een\ntwee')).not.toContain('<br'));
  it('shows an editor component as an honest placeholder, and no raw HTML', () => {
    const html = previewHtml(
      'Tekst.\n\n<Citaat wie="Anna" bron="Interview">Ik leer veel.</Citaat>\n\n<script>alert(1)</script>',
    );
    expect(html).toContain('[Citaat: werkt alleen in een .mdx-bestand');
    expect(html).not.toContain('<script');
  });
});
