/**
 * The nginx snippet the build writes (dist/_nginx.conf) is valid for nginx and
 * makes it send the same headers as the header source, the calendar type and
 * the 404 status. Runs a real nginx on loopback (installed by .ci/run); skipped,
 * with a line in the summary, where nginx is missing outside CI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sites } from '../helpers/astro-run';
import { nginx as nginxTool, skipWithout } from '../helpers/system-tools';
import { headerRules, headersFor, topLevelOf } from '../../src/lib/headers';

const nginx = nginxTool.path;
const skip = skipWithout(nginxTool, 'de test van de nginx-snippet');
const dir = mkdtempSync(join(tmpdir(), 'mbo030-nginx-'));
const port = 18_000 + Math.floor(Math.random() * 1000);
const conf = join(dir, 'nginx.conf');
const url = (p: string) => `http://127.0.0.1:${port}${p}`;

beforeAll(() => {
  if (skip) return;
  mkdirSync(join(dir, 'logs'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
  writeFileSync(
    conf,
    `worker_processes 1; error_log ${dir}/logs/error.log; pid ${dir}/nginx.pid; events {}
http { include /etc/nginx/mime.types; access_log off; ${temp}
  server { listen 127.0.0.1:${port}; root ${sites.real}; include ${sites.real}/_nginx.conf; location / { try_files $uri $uri/ =404; } } }`,
  );
  execFileSync(nginx!, ['-c', conf]);
});
afterAll(() => {
  if (nginx && existsSync(join(dir, 'nginx.pid'))) spawnSync(nginx, ['-c', conf, '-s', 'stop']);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skip)('dist/_nginx.conf in a real nginx', () => {
  it('passes nginx -t', () => {
    const r = spawnSync(nginx!, ['-t', '-c', conf], { encoding: 'utf8' });
    expect(r.stderr).toContain('test is successful');
  });

  it.each([
    '/',
    '/agenda.ics',
    '/agenda/',
    '/scholen/nimeto/agenda.ics',
    '/sitemap-index.xml',
    '/verhalen/rss.xml',
    '/rss.xml',
    '/deelkaarten/verhalen/fleur-eigen-bedrijf.png',
    '/badge/v1/licht.svg',
    '/pagefind/pagefind.js',
    '/admin/',
    '/admin/config.json',
    '/privacy/',
    '/.well-known/security.txt',
    '/_astro/',
  ])('sends the header source’s headers for %s', async (path) => {
    const rules = headerRules({ topLevel: topLevelOf(sites.real) });
    const target =
      path === '/_astro/' ? `/_astro/${readdirSync(join(sites.real, '_astro')).find((f) => f.endsWith('.js'))}` : path;
    const res = await fetch(url(target), { method: 'HEAD' });
    expect(res.status).toBe(200);
    for (const [name, value] of Object.entries(headersFor(target, rules)))
      expect(res.headers.get(name), `${name} on ${target}`).toBe(value);
    if (path.endsWith('.txt')) expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
  });

  it('answers an unknown page with 404 and keeps the deploy files private', async () => {
    const missing = await fetch(url('/bestaat-niet/'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Deze pagina bestaat niet');
    expect((await fetch(url('/_headers'))).status).toBe(404);
    expect((await fetch(url('/_nginx.conf'))).status).toBe(404);
  });
});
