/**
 * How many items an overview page shows. MBO030_PAGE_SIZE overrides them all,
 * so the tests can see pagination with a handful of fixture entries.
 */
const override = Number(process.env.MBO030_PAGE_SIZE) || undefined;

export const LIST_PAGE_SIZE = {
  stories: override ?? 24,
  ambassadors: override ?? 48,
  /** Past events on the agenda page; older ones are on the archive pages per year. */
  recentPast: override ?? 12,
  /** Stories and past events on a school's page. */
  schoolStories: override ?? 12,
};
