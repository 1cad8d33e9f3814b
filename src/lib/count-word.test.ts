import { describe, expect, it } from 'vitest';
import { countWord } from './count-word';

describe('countWord', () => {
  it('writes small counts as words and larger ones as digits', () => {
    expect([1, 2, 4, 12, 13, 20].map(countWord)).toEqual(['één', 'twee', 'vier', 'twaalf', '13', '20']);
  });
});
