/** `npm run check` (astro check: TypeScript in .astro and .ts files) must stay at zero errors, warnings and hints. */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { root } from '../helpers/astro-run';

it('astro check reports 0 errors, 0 warnings and 0 hints', () => {
  const r = spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'check', '--minimumSeverity', 'hint'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = `${r.stdout}${r.stderr}`;
  expect(output).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
  expect(r.status, output).toBe(0);
});
