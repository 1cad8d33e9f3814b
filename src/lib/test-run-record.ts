/**
 * The record of the last full test run that passed, which the accessibility
 * statement shows. Only a passing run of every test file writes it
 * (tests/helpers/full-run-record.ts); the build only reads it. A date later than
 * the build's "now" is refused: the statement never names a day that has not been.
 */
import { MONTHS } from './dutch-dates';

export interface TestRunRecord {
  /** Day the run ended, in Utrecht (YYYY-MM-DD); null while no full run has been recorded. */
  date: string | null;
  /** Tests that passed. */
  passed?: number;
  /** Tests skipped because a program (nginx, Java) was missing. */
  skipped?: number;
}

export interface RunSummary {
  /** Every test file of the configuration ran (no file or name filter). */
  allFiles: boolean;
  /** The sites were rebuilt for this run (not MBO030_REUSE_BUILDS). */
  freshBuilds: boolean;
  failed: number;
  passed: number;
  skipped: number;
  errors: number;
}

/** The record a finished run writes, or undefined when the run does not count as a full, passing run. */
export function recordFor(run: RunSummary, end: Date): TestRunRecord | undefined {
  if (!run.allFiles || !run.freshBuilds || run.failed > 0 || run.errors > 0 || run.passed === 0) return undefined;
  const date = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(end);
  return { date, passed: run.passed, skipped: run.skipped };
}

/** `2025-06-15` → `15 juni 2025`; throws on a malformed date or one after `now` (Utrecht days). */
export function recordedDay(record: TestRunRecord, now: Date): string | undefined {
  if (record.date === null) return undefined;
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(record.date);
  if (!m) throw new Error(`De datum van de laatste testronde ("${record.date}") is geen JJJJ-MM-DD.`);
  const today = recordFor(
    { allFiles: true, freshBuilds: true, failed: 0, passed: 1, skipped: 0, errors: 0 },
    now,
  )!.date!;
  if (record.date > today)
    throw new Error(`De laatste testronde (${record.date}) ligt na vandaag (${today}): die datum kan niet kloppen.`);
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
