import { describe, expect, it } from 'vitest';
import { hasSearch, pagefindOptions, parseSearch, resultSummary, searchString } from './search-query';

describe('parseSearch', () => {
  it('reads the query, the filters and the sort order', () => {
    expect(parseSearch('?q=+zorg+&school=Nimeto&jaar=2020&sorteer=nieuwste&utm=x')).toEqual({
      q: 'zorg',
      filters: { school: 'Nimeto', jaar: '2020' },
      sort: 'nieuwste',
    });
  });
  it('ignores empty filters and an unknown sort order', () => {
    expect(parseSearch('?q=&soort=&sorteer=willekeurig')).toEqual({ q: '', filters: {}, sort: 'relevantie' });
  });
});

describe('searchString', () => {
  it('round-trips through parseSearch', () => {
    const state = {
      q: 'crèche & zorg',
      filters: { soort: 'verhaal', sector: 'zorg en welzijn' },
      sort: 'oudste' as const,
    };
    expect(parseSearch(searchString(state))).toEqual(state);
  });
  it('is empty when nothing is set, so the URL stays /zoeken/', () => {
    expect(searchString({ q: '', filters: {}, sort: 'relevantie' })).toBe('');
  });
  it('writes parameters in a fixed order', () => {
    expect(searchString({ q: 'a', filters: { jaar: '2020', soort: 'evenement' }, sort: 'relevantie' })).toBe(
      '?q=a&soort=evenement&jaar=2020',
    );
  });
});

describe('hasSearch', () => {
  it('is true for a filter without a query', () => expect(hasSearch(parseSearch('?soort=evenement'))).toBe(true));
  it('is false for nothing', () => expect(hasSearch(parseSearch(''))).toBe(false));
});

describe('pagefindOptions', () => {
  it('passes filters and sorts by date when asked', () => {
    expect(pagefindOptions(parseSearch('?q=x&school=GLU&sorteer=nieuwste'))).toEqual({
      filters: { school: 'GLU' },
      sort: { datum: 'desc' },
    });
    expect(pagefindOptions(parseSearch('?sorteer=oudste')).sort).toEqual({ datum: 'asc' });
    expect(pagefindOptions(parseSearch('?q=x')).sort).toBeUndefined();
  });
});

describe('resultSummary', () => {
  it('speaks Dutch for none, one and many', () => {
    expect(resultSummary(0, parseSearch('?q=xyz'))).toBe('Geen resultaten voor ‘xyz’.');
    expect(resultSummary(1, parseSearch('?q=fleur'))).toBe('1 resultaat voor ‘fleur’.');
    expect(resultSummary(12, parseSearch('?soort=evenement&jaar=2022'))).toBe(
      '12 resultaten, soort: evenement, jaar: 2022.',
    );
  });
});
