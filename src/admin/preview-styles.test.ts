import { describe, expect, it } from 'vitest';
import { previewCss } from './preview-styles';

const font =
  '<style>@font-face{font-family:"Noto Sans-1";src:url("/_astro/fonts/a.woff2") format("woff2");font-display:optional;}:root{--font-noto:"Noto Sans-1",sans-serif;}</style>';
const site = '<style>.prose>p{color:red}\n@media (width>=40rem){.wrap{padding:2rem}}</style>';

describe('the preview pane’s styles', () => {
  it('take every <style> of a built page: the site’s CSS and its own @font-face rules, swapping in', () => {
    const css = previewCss(`<html><head>${font}${site}</head></html>`)!;
    expect(css).toContain('url("/_astro/fonts/a.woff2")');
    expect(css).toContain('--font-noto:"Noto Sans-1"');
    expect(css).toContain('.prose>p{color:red}');
    expect(css).toContain('@media (width>=40rem){.wrap{padding:2rem}}');
    expect(css).toContain('font-display:swap');
    expect(css).not.toContain('optional');
  });
  it('give nothing for a page without the site’s font', () => expect(previewCss(site)).toBeUndefined());
});
