import { describe, expect, it } from 'vitest';
import { budgetLines } from '../helpers/slowest-files-reporter';

describe('the time budget under the summary', () => {
  it('names the five slowest files, slowest first, with their seconds, and the build before them', () => {
    const files = ['a', 'b', 'c', 'd', 'e', 'f'].map((name, i) => ({
      name: `tests/${name}.test.ts`,
      seconds: [3, 60.04, 1, 12.5, 7, 2][i]!,
    }));
    expect(budgetLines(files, 81.26)).toEqual([
      'traagste 5 testbestanden:',
      '  tests/b.test.ts    60.0 s',
      '  tests/d.test.ts    12.5 s',
      '  tests/e.test.ts     7.0 s',
      '  tests/a.test.ts     3.0 s',
      '  tests/f.test.ts     2.0 s',
      '  (testsites bouwen, naast de tests: 81.3 s)',
    ]);
  });
  it('prints nothing when no file ran', () => {
    expect(budgetLines([])).toEqual([]);
  });
});
