/** Schema of `content/paginas/*.mdx`: fixed pages such as /over/ and /privacy/. The file name is the URL. */
import { z } from 'astro/zod';
import { text } from './fields';

export const pageSchema = z.object({
  /** The page heading (h1) and title. */
  titel: text('een titel', { max: 90 }),
  /** One sentence for search results and link previews. */
  beschrijving: text('een beschrijving', { max: 160 }),
  /** Short introduction under the heading. */
  intro: text('een korte inleiding', { max: 300 }).optional(),
});
