import { describe, expect, it } from 'vitest';
import {
  indexAttributes,
  plainPageKind,
  schoolYearsPeriod,
  searchKeywords,
  yearsCovered,
  type SearchInfo,
} from './search-meta';

const day = (date: string) => ({ date, granularity: 'dag' as const });
const glu = { naam: 'Grafisch Lyceum Utrecht', korteNaam: 'GLU' };
const nimeto = { naam: 'Nimeto', korteNaam: 'Nimeto' };

describe('yearsCovered', () => {
  it('gives one year for a single date', () => expect(yearsCovered(day('2020-08-15'))).toEqual([2020]));
  it('gives every year of a range', () =>
    expect(yearsCovered(day('2020-01-01'), day('2022-12-31'))).toEqual([2020, 2021, 2022]));
  it('never gives an empty list when the end lies before the start', () =>
    expect(yearsCovered(day('2022-01-01'), day('2021-01-01'))).toEqual([2022]));
});

describe('schoolYearsPeriod', () => {
  it('runs from September of the first school year to July of the last', () => {
    const p = schoolYearsPeriod(['2019-2020', '2020-2021']);
    expect([p.start.date, p.end.date]).toEqual(['2019-09-01', '2021-07-31']);
    expect(yearsCovered(p.start, p.end)).toEqual([2019, 2020, 2021]);
  });
});

const storyKind = { value: 'verhaal', label: 'Verhaal' };

describe('searchKeywords', () => {
  it('adds short names that differ from the full name', () => {
    expect(searchKeywords({ kind: storyKind, schools: [glu, nimeto], summary: '' })).toEqual(['GLU']);
  });
});

describe('indexAttributes', () => {
  const story: SearchInfo = {
    kind: storyKind,
    schools: [glu],
    sector: 'creatief',
    start: day('2019-11-05'),
    dateLabel: '5 november 2019',
    summary: 'Fleur, ontwerpen, eigen bedrijf: een verhaal met komma’s.',
    thumbnail: '/_astro/fleur.webp',
  };
  const attrs = indexAttributes(story);
  const of = (attr: string, key: string) => attrs.filter((a) => a.attr === attr && a.key === key).map((a) => a.value);

  it('sets the four filters', () => {
    expect(of('data-pagefind-filter', 'soort')).toEqual(['verhaal']);
    expect(of('data-pagefind-filter', 'school')).toEqual(['Grafisch Lyceum Utrecht']);
    expect(of('data-pagefind-filter', 'sector')).toEqual(['creatief']);
    expect(of('data-pagefind-filter', 'jaar')).toEqual(['2019']);
  });
  it('sorts by the ISO date', () => expect(of('data-pagefind-sort', 'datum')).toEqual(['2019-11-05']));
  it('gives the card its type, summary (commas intact), date and thumbnail', () => {
    expect(of('data-pagefind-meta', 'soort')).toEqual(['Verhaal']);
    expect(of('data-pagefind-meta', 'samenvatting')).toEqual([story.summary]);
    expect(of('data-pagefind-meta', 'datum')).toEqual(['5 november 2019']);
    expect(of('data-pagefind-meta', 'image')).toEqual(['/_astro/fleur.webp']);
  });
  it('leaves out year, sort key and date for undated pages', () => {
    const page = indexAttributes({ kind: plainPageKind, schools: [], summary: 'Over mbo030.' });
    expect(page.map((a) => a.key)).toEqual(['soort', 'soort', 'samenvatting']);
  });
});
