import { describe, expect, it } from 'vitest';
import { parseLocalDate, type LocalDate } from './local-date';
import { consentProblem, selectPublished, withoutDrafts, type Omission } from './publication';

const d = (v: string) => parseLocalDate(v) as LocalDate;
const now = new Date('2022-06-15T10:00:00Z');
const person = (id: string, consent: { gegeven: string; tot?: string }, draft = false) => ({
  id,
  filePath: `content/ambassadeurs/${id}.mdx`,
  data: { naam: id, draft, toestemming: { gegeven: d(consent.gegeven), tot: consent.tot ? d(consent.tot) : undefined } },
});
const story = (id: string, ambassadeurs: string[], draft = false) => ({ id, filePath: `content/verhalen/${id}.mdx`, data: { draft, ambassadeurs } });

describe('consentProblem', () => {
  it('allows consent from the day it is given through its last day (Utrecht time)', () => {
    expect(consentProblem({ gegeven: d('2022-06-15') }, now)).toBeUndefined();
    expect(consentProblem({ gegeven: d('2022-01-01'), tot: d('2022-06-15') }, now)).toBeUndefined();
    expect(consentProblem({ gegeven: d('2022-01-01'), tot: d('2022-06-15') }, new Date('2022-06-15T21:59:00Z'))).toBeUndefined();
  });
  it('refuses consent that has ended or not yet started', () => {
    expect(consentProblem({ gegeven: d('2022-01-01'), tot: d('2022-06-14') }, now)).toBe('toestemming is verlopen op 2022-06-14');
    expect(consentProblem({ gegeven: d('2022-01-01'), tot: d('2022-06-15') }, new Date('2022-06-15T22:00:00Z'))).toBe('toestemming is verlopen op 2022-06-15');
    expect(consentProblem({ gegeven: d('2022-06-16') }, now)).toBe('toestemming gaat pas in op 2022-06-16');
  });
});

describe('selectPublished', () => {
  it('keeps people with valid consent and the stories about them', () => {
    const r = selectPublished([person('anna', { gegeven: '2021-01-01' })], [story('s1', ['anna']), story('s2', [])], { now, includeDrafts: false });
    expect(r.ambassadors.map((a) => a.id)).toEqual(['anna']);
    expect(r.stories.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(r.omitted).toEqual([]);
  });
  it('drops a person whose consent ended, every story featuring them, and says why', () => {
    const r = selectPublished(
      [person('anna', { gegeven: '2021-01-01' }), person('bram', { gegeven: '2021-01-01', tot: '2022-01-01' })],
      [story('samen', ['anna', 'bram']), story('anna-alleen', ['anna'])],
      { now, includeDrafts: false },
    );
    expect(r.ambassadors.map((a) => a.id)).toEqual(['anna']);
    expect(r.stories.map((s) => s.id)).toEqual(['anna-alleen']);
    expect(r.omitted).toEqual([
      { file: 'content/ambassadeurs/bram.mdx', reason: 'toestemming is verlopen op 2022-01-01' },
      { file: 'content/verhalen/samen.mdx', reason: 'gaat over bram, die niet gepubliceerd wordt (zonder geldige toestemming of concept)' },
    ]);
  });
  it('drops drafts in production but keeps them in development', () => {
    const people = [person('eva', { gegeven: '2021-01-01' }, true)];
    const stories = [story('over-eva', ['eva']), story('concept', [], true)];
    const prod = selectPublished(people, stories, { now, includeDrafts: false });
    expect(prod.ambassadors).toEqual([]);
    expect(prod.stories).toEqual([]);
    expect(prod.omitted.map((o) => o.reason)).toContain('concept (draft: true)');
    const dev = selectPublished(people, stories, { now, includeDrafts: true });
    expect(dev.stories.map((s) => s.id)).toEqual(['over-eva', 'concept']);
  });
});

describe('withoutDrafts', () => {
  it('names the collection when an entry has no file path', () => {
    const omitted: Omission[] = [];
    expect(withoutDrafts([{ id: 'x', data: { draft: true } }], false, 'agenda', omitted)).toEqual([]);
    expect(omitted).toEqual([{ file: 'agenda/x', reason: 'concept (draft: true)' }]);
  });
});
