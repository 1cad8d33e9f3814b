/** Test files that start Astro (and so write .astro/): never two at the same time (tests/helpers/astro-lock.ts). */
export const astroRunners = [
  'tests/build/astro-check.test.ts',
  'tests/build/cms-round-trip.test.ts',
  'tests/build/dev-search-notice.test.ts',
  'tests/build/pagination.test.ts',
  'tests/build/yaml-reading.test.ts',
  'tests/content-errors/build-agrees.test.ts',
  'tests/content-errors/scaffold.test.ts',
];
