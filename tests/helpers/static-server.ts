/**
 * A small static file server for built sites in tests: serves `dir` under a
 * base path on 127.0.0.1, answers unknown paths with 404.html and status 404,
 * and sends no cookies and no caching tricks.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface RunningServer {
  /** Origin plus base path, ending in a slash: `http://127.0.0.1:1234/mbo030/`. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

function resolveFile(dir: string, path: string): string | undefined {
  const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dir, safe);
  if (!candidate.startsWith(dir)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export async function serve(dir: string, base = '/'): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const inside = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
    if (inside !== undefined && inside !== path && !path.endsWith('/') && !extname(path) && resolveFile(dir, `${inside}/`)) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const file = inside === undefined ? undefined : resolveFile(dir, inside);
    const status = file ? 200 : 404;
    const body = file ?? join(dir, '404.html');
    if (!existsSync(body)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404');
      return;
    }
    res.writeHead(status, { 'Content-Type': types[extname(body)] ?? 'application/octet-stream' });
    createReadStream(body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
