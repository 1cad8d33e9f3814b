import { describe, expect, it } from 'vitest';
import { recordFor, recordedDay } from './test-run-record';

const full = { allFiles: true, freshBuilds: true, failed: 0, passed: 700, skipped: 2, errors: 0 };

describe('the record of the last full test run', () => {
  it('is written only by a run of every file, on fresh builds, without a failure', () => {
    expect(recordFor(full, new Date('2025-06-15T22:30:00Z'))).toEqual({ date: '2025-06-16', passed: 700, skipped: 2 });
    expect(recordFor({ ...full, allFiles: false }, new Date())).toBeUndefined();
    expect(recordFor({ ...full, freshBuilds: false }, new Date())).toBeUndefined();
    expect(recordFor({ ...full, failed: 1 }, new Date())).toBeUndefined();
    expect(recordFor({ ...full, errors: 1 }, new Date())).toBeUndefined();
  });
  it('reads as a Dutch day, and refuses a day after the build', () => {
    expect(recordedDay({ date: '2025-06-15' }, new Date('2025-06-15T08:00:00Z'))).toBe('15 juni 2025');
    expect(recordedDay({ date: null }, new Date())).toBeUndefined();
    expect(() => recordedDay({ date: '2025-06-16' }, new Date('2025-06-15T08:00:00Z'))).toThrow(/ligt na vandaag/);
    expect(() => recordedDay({ date: '15-06-2025' }, new Date())).toThrow(/JJJJ-MM-DD/);
  });
});
