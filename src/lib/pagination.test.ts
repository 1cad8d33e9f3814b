import { describe, expect, it } from 'vitest';
import { pageWindow, paginate } from './pagination';
import { joinBase, listPage } from './urls';

describe('paginate', () => {
  it('splits into pages of the size, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
  });
  it('gives one empty page for no items, so the overview still exists', () =>
    expect(paginate([], 24)).toEqual([{ number: 1, total: 1, items: [] }]));
});

describe('listPage', () => {
  it('keeps page 1 on the list URL', () => expect(listPage('stories', 1)).toBe('/verhalen/'));
  it('puts later pages under pagina/', () => {
    expect(listPage('stories', 3)).toBe('/verhalen/pagina/3/');
    expect(listPage('ambassadors', 2)).toBe('/ambassadeurs/pagina/2/');
    expect(joinBase('/mbo030/', listPage('stories', 3))).toBe('/mbo030/verhalen/pagina/3/');
  });
});

describe('pageWindow', () => {
  it('shows all pages when there are few', () => expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]));
  it('shows the first, the last and the neighbours, with gaps', () =>
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]));
  it('has no gap of one page', () => expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]));
});
