/** `npm run preview` (and so `npm start`) serves the build with the base path and production headers. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root, sites } from '../helpers/astro-run';

describe('scripts/serve.ts', () => {
  it('serves OUT_DIR under BASE_PATH with the production headers', async () => {
    const child = spawn(process.execPath, ['--import', `${root}scripts/ts-hooks.mjs`, `${root}scripts/serve.ts`], {
      cwd: root,
      env: { PATH: process.env.PATH, OUT_DIR: sites.fixtureBase.slice(root.length), BASE_PATH: '/mbo030/', PORT: '0' },
    });
    try {
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      const started = Date.now();
      while (!/http:\/\/\S+\/mbo030\//.test(out) && Date.now() - started < 10_000)
        await new Promise((r) => setTimeout(r, 50));
      const url = /(http:\/\/\S+\/mbo030\/)/.exec(out)![1]!;
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<html lang="nl"');
    } finally {
      child.kill();
    }
  });
});
