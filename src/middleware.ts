/**
 * What every page's frame shows but no single route owns: the schools in the footer.
 * Loaded here, in the data room's reach, so BaseLayout only reads `Astro.locals` and
 * never loads content itself (docs/architecture.md).
 */
import { defineMiddleware } from 'astro:middleware';
import { schoolLinks } from './data/footer';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.footerSchools = await schoolLinks();
  return next();
});
