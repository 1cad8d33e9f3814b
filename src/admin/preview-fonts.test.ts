import { describe, expect, it } from 'vitest';
import { previewFontCss } from './preview-fonts';

const head =
  '<style>@font-face{font-family:"Noto Sans-1";src:url("/_astro/fonts/a.woff2") format("woff2");font-display:optional;}:root{--font-noto:"Noto Sans-1",sans-serif;}</style>';

describe('the preview pane’s font', () => {
  it('takes the site’s own @font-face rules and font variable from a built page, swapping in', () => {
    const css = previewFontCss(`<html><head><style>body{color:red}</style>${head}</head></html>`)!;
    expect(css).toContain('url("/_astro/fonts/a.woff2")');
    expect(css).toContain('--font-noto:"Noto Sans-1"');
    expect(css).toContain('font-display:swap');
    expect(css).not.toContain('optional');
  });
  it('gives nothing for a page without the font', () =>
    expect(previewFontCss('<style>body{}</style>')).toBeUndefined());
});
