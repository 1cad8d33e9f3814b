import { describe, expect, it } from 'vitest';
import { matchRoute, path, staticPrefix } from './routes';

describe('route map', () => {
  it('builds paths from a route and its parameters', () => {
    expect(path('home')).toBe('');
    expect(path('story', { id: 'fleur' })).toBe('verhalen/fleur/');
    expect(path('eventFile', { id: 'open-dag' })).toBe('agenda/open-dag.ics');
    expect(path('badgeFile', { file: 'scholen/nimeto' })).toBe('badge/v1/scholen/nimeto');
    expect(path('storiesPage', { n: 2 })).toBe('verhalen/pagina/2/');
  });
  it('refuses a missing parameter', () => expect(() => path('story', { id: '' })).toThrow('ontbreekt'));
  it('matches a path to the most specific route', () => {
    expect(matchRoute('verhalen/')).toEqual({ name: 'stories', params: {} });
    expect(matchRoute('verhalen/fleur/')).toEqual({ name: 'story', params: { id: 'fleur' } });
    expect(matchRoute('verhalen/pagina/3/')).toEqual({ name: 'storiesPage', params: { n: '3' } });
    expect(matchRoute('over/')).toEqual({ name: 'page', params: { id: 'over' } });
    expect(matchRoute('agenda/x.ics')).toEqual({ name: 'eventFile', params: { id: 'x' } });
    expect(matchRoute('badge/v1/scholen/nimeto@2x.png')).toEqual({
      name: 'badgeFile',
      params: { file: 'scholen/nimeto@2x.png' },
    });
    expect(matchRoute('.well-known/security.txt')).toEqual({ name: 'securityTxt', params: {} });
    expect(matchRoute('verhalen/fleur')).toBeUndefined();
    expect(matchRoute('bestaat/niet/')).toBeUndefined();
  });
  it('gives the fixed part before the first parameter, for header rules', () => {
    expect(staticPrefix('badgeFile')).toBe('badge/v1/');
    expect(staticPrefix('searchBundle')).toBe('pagefind/');
    expect(staticPrefix('agenda')).toBe('agenda/');
  });
});
