import { describe, expect, it } from 'vitest';
import { parseLocalDate, type LocalDate } from './local-date';
import { consentProblem, photosWithoutForm, selectPublished, withoutDrafts, type Omission } from './publication';

const d = (v: string) => parseLocalDate(v) as LocalDate;
const now = new Date('2022-06-15T10:00:00Z');
const form = (gegeven: string, tot?: string) => ({
  basis: 'formulier' as const,
  gegeven: d(gegeven),
  tot: tot ? d(tot) : undefined,
});
const person = (id: string, consent: { gegeven: string; tot?: string }, draft = false) => ({
  id,
  filePath: `content/ambassadeurs/${id}.mdx`,
  data: { naam: id, draft, toestemming: form(consent.gegeven, consent.tot) },
});
const story = (id: string, ambassadeurs: string[], draft = false) => ({
  id,
  filePath: `content/verhalen/${id}.mdx`,
  data: { draft, ambassadeurs },
});

describe('consentProblem', () => {
  it('allows consent from the day it is given through its last day (Utrecht time)', () => {
    expect(consentProblem(form('2022-06-15'), now)).toBeUndefined();
    expect(consentProblem(form('2022-01-01', '2022-06-15'), now)).toBeUndefined();
    expect(consentProblem(form('2022-01-01', '2022-06-15'), new Date('2022-06-15T21:59:00Z'))).toBeUndefined();
  });
  it('refuses consent that has ended or not yet started, as a structured verdict', () => {
    expect(consentProblem(form('2022-01-01', '2022-06-14'), now)).toEqual({ kind: 'expired', date: '2022-06-14' });
    expect(consentProblem(form('2022-01-01', '2022-06-15'), new Date('2022-06-15T22:00:00Z'))).toEqual({
      kind: 'expired',
      date: '2022-06-15',
    });
    expect(consentProblem(form('2022-06-16'), now)).toEqual({ kind: 'notYet', date: '2022-06-16' });
  });
  it('lets a public source hold from its own date, or from always when it gives none', () => {
    expect(consentProblem({ basis: 'openbare-bron' }, now)).toBeUndefined();
    expect(consentProblem({ basis: 'openbare-bron', datum: d('2019-11-05') }, now)).toBeUndefined();
    expect(consentProblem({ basis: 'openbare-bron', datum: d('2023') }, now)).toEqual({
      kind: 'notYet',
      date: '2023-01-01',
    });
    expect(consentProblem({ basis: 'openbare-bron', tot: d('2022-06-01') }, now)).toEqual({
      kind: 'expired',
      date: '2022-06-01',
    });
  });
});

describe('selectPublished', () => {
  it('keeps people with valid consent and the stories about them', () => {
    const r = selectPublished([person('anna', { gegeven: '2021-01-01' })], [story('s1', ['anna']), story('s2', [])], {
      now,
      includeDrafts: false,
    });
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
      {
        file: 'content/verhalen/samen.mdx',
        reason: 'gaat over bram, die niet gepubliceerd wordt (zonder geldige toestemming of concept)',
      },
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
  it('keeps every entry of a type without drafts, and every draft in astro dev', () => {
    const omitted: Omission[] = [];
    expect(withoutDrafts([{ id: 'glu', data: { naam: 'GLU' } }], false, 'scholen', omitted)).toHaveLength(1);
    expect(withoutDrafts([{ id: 'x', data: { draft: true } }], true, 'agenda', omitted)).toHaveLength(1);
    expect(omitted).toEqual([]);
  });
});

describe('photosWithoutForm', () => {
  const amb = (id: string, basis: 'formulier' | 'openbare-bron') => ({ id, data: { toestemming: { basis } } });
  const pic = (id: string, ambassadeurs: string[], toontPersonen: boolean) => ({
    id,
    filePath: `content/verhalen/${id}.mdx`,
    data: { ambassadeurs, afbeelding: { toontPersonen } },
  });
  it('refuses a photo of people in a story about someone known only from a public source', () => {
    const found = photosWithoutForm(
      [amb('fleur', 'openbare-bron'), amb('anna', 'formulier')],
      [pic('foto-fleur', ['fleur'], true), pic('foto-anna', ['anna'], true), pic('tekening-fleur', ['fleur'], false)],
    );
    expect(found.map((f) => f.file)).toEqual(['content/verhalen/foto-fleur.mdx']);
    expect(found[0]!.reason).toMatch(/^veld 'afbeelding.toontPersonen': .*fleur.*getekend formulier/);
  });
});
