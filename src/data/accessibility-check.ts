/**
 * What the accessibility statement says about the last check: the day of the
 * last full, passing test run (src/data/last-full-test-run.json, written by that
 * run, see tests/helpers/full-run-record.ts) and how many tests passed. Checked
 * against the real clock, not MBO030_NOW: the run is a fact of today's world.
 */
import record from './last-full-test-run.json';
import { recordedDay, type TestRunRecord } from '../lib/test-run-record';

export interface AccessibilityCheck {
  /** `15 juni 2025`, or undefined while no full run has been recorded. */
  day: string | undefined;
  passed: number;
  skipped: number;
}

export function accessibilityCheck(): AccessibilityCheck {
  const r = record as TestRunRecord;
  return { day: recordedDay(r, new Date()), passed: r.passed ?? 0, skipped: r.skipped ?? 0 };
}
