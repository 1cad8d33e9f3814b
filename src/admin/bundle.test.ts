import { describe, expect, it } from 'vitest';
import { keepAdminLocal } from './bundle';

const transform = (code: string, id = '/node_modules/@sveltia/cms/npm/index.js') => {
  const t = keepAdminLocal().transform as (code: string, id: string) => { code: string } | undefined;
  return t(code, id)?.code;
};

describe('keepAdminLocal (the CMS bundle asks no third party)', () => {
  it('drops the stylesheet’s CDN font rules and keeps the rest', () => {
    const css =
      "a{color:red}\n  @font-face {font-family:'Source Sans 3';font-display:swap;src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)\n format('woff2');\n  }\nb{color:blue}";
    expect(transform(css)).toBe('a{color:red}\n  \nb{color:blue}');
  });
  it('answers the GitHub status question locally', () => {
    const out = transform('let u=`https://www.githubstatus.com/api/v2/status.json`;')!;
    expect(out).not.toContain('githubstatus.com');
    expect(decodeURIComponent(out)).toContain('{"status":{"indicator":"none"}}');
  });
  it('leaves other modules alone', () => {
    expect(transform('https://www.githubstatus.com/api/v2/status.json', '/src/x.ts')).toBeUndefined();
  });
});
