/** `npm run dev` has no search index: the dev server and /zoeken/ say so, and point at `npm start`. */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureContent, isolatedRoot, outputRoot, root } from '../helpers/astro-run';

let dev: ChildProcess;
const projectCopy = isolatedRoot();
let log = '';
let url = '';

beforeAll(async () => {
  dev = spawn(
    process.execPath,
    [`${root}node_modules/astro/bin/astro.mjs`, 'dev', '--port', '0', '--host', '127.0.0.1'],
    {
      cwd: projectCopy,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        CONTENT_DIR: fixtureContent,
        CACHE_DIR: `${outputRoot}/dev-cache`,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
    },
  );
  // Waits for the line that names the server's address (or for the server to stop).
  url = await new Promise<string>((resolve) => {
    const read = (d: Buffer) => {
      log += d.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
      if (m) resolve(m[0]);
    };
    dev.stdout!.on('data', read);
    dev.stderr!.on('data', read);
    dev.on('close', () => resolve(''));
  });
  if (!url) throw new Error(`astro dev startte niet:\n${log}`);
});
afterAll(async () => {
  if (dev && dev.exitCode === null) await new Promise((r) => (dev.once('close', r), dev.kill()));
  rmSync(projectCopy, { recursive: true, force: true });
}, 60_000);

describe('search in the dev server', () => {
  it('logs that search needs a build', () => {
    expect(log).toContain('npm start');
    expect(log).toMatch(/geen zoekindex/);
  });

  it('shows a notice on /zoeken/ instead of an empty result', async () => {
    // The first requests can meet Vite still optimising dependencies: try a few times.
    let html = '';
    for (let i = 0; i < 20 && !html.includes('<main'); i++) {
      html = await (await fetch(`${url}zoeken/?q=anna`)).text();
      if (!html.includes('<main')) await new Promise((r) => setTimeout(r, 500));
    }
    expect(html).toContain('Zoeken werkt niet in de ontwikkelserver');
    expect(html).toContain('npm start');
  });
});
