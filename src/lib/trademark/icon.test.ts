import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconDataUrl, iconSvg } from './icon';

describe('the site icon', () => {
  it('public/favicon.svg is the icon (npm run artwork writes it)', () =>
    expect(readFileSync(new URL('../../../public/favicon.svg', import.meta.url), 'utf8')).toBe(iconSvg));
  it('the data: URL decodes to the same drawing', () => {
    expect(iconDataUrl.startsWith('data:image/svg+xml,')).toBe(true);
    const decoded = decodeURIComponent(iconDataUrl.slice('data:image/svg+xml,'.length));
    expect(decoded).toBe(iconSvg.trim().replaceAll('"', "'"));
    expect(iconDataUrl).not.toMatch(/[<>#"\s]/);
  });
});
