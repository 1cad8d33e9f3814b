/** The text pages of content/paginas/ (about, privacy, …), rendered for their routes. */
import { render, type CollectionEntry } from 'astro:content';
import { siteContent } from './site';

export type TextPage = CollectionEntry<'paginas'>;

/** Every text page with its own route; `mbo030` is shown by the trademark section (src/pages/mbo030/). */
export async function textPages(): Promise<TextPage[]> {
  return (await siteContent()).published.paginas.filter((page) => page.id !== 'mbo030');
}

/** One text page, ready to show. */
export async function textPage(page: TextPage | string) {
  const entry = typeof page === 'string' ? (await siteContent()).published.paginas.find((p) => p.id === page) : page;
  if (!entry)
    throw new Error(`Pagina '${typeof page === 'string' ? page : page.id}' bestaat niet in content/paginas/.`);
  return { d: entry.data, Content: (await render(entry)).Content };
}
