import { describe, expect, it } from 'vitest';
import { previewLang, zoomableViewport } from './editor-accessibility';

describe('zoomableViewport (editors can zoom in /admin/)', () => {
  it('drops what blocks zoom from the CMS’s own viewport and keeps the rest', () => {
    expect(
      zoomableViewport('width=device-width, initial-scale=1, maximum-scale=1, interactive-widget=resizes-content'),
    ).toBe('width=device-width, initial-scale=1, interactive-widget=resizes-content');
    expect(zoomableViewport('width=device-width,user-scalable=no,minimum-scale=1')).toBe('width=device-width');
    expect(zoomableViewport('width=device-width, Maximum-Scale = 2')).toBe('width=device-width');
  });
  it('leaves a viewport that allows zoom as it is', () => {
    expect(zoomableViewport('width=device-width, initial-scale=1')).toBe('width=device-width, initial-scale=1');
  });
});

describe('previewLang (the preview pane says it is Dutch)', () => {
  it('replaces the CMS’s locale key, or no language, by nl', () => {
    expect(previewLang('_default')).toBe('nl');
    expect(previewLang(null)).toBe('nl');
    expect(previewLang('')).toBe('nl');
  });
  it('keeps a real language tag', () => {
    expect(previewLang('nl')).toBe('nl');
    expect(previewLang('en-GB')).toBe('en-GB');
  });
});
