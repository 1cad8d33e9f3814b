/** Prints the pull request's Dutch summary (scripts/lib/pr-summary.ts) for $GITHUB_STEP_SUMMARY. */
import { prSummary, type Outcome } from './lib/pr-summary';

const env = process.env;
const runUrl = env.GITHUB_RUN_ID
  ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
  : undefined;
process.stdout.write(
  prSummary({
    content: (env.INHOUD ?? '') as Outcome,
    build: (env.BOUWEN ?? '') as Outcome,
    fixtures: (env.TESTSITES ?? '') as Outcome,
    tests: (env.TESTS ?? '') as Outcome,
    previewUrl: env.MBO030_PREVIEW_URL || undefined,
    runUrl,
  }),
);
