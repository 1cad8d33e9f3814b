/**
 * Serves a built site the way production does: under its base path, with the
 * headers of src/lib/headers.ts (security, cache, content types), gzip for text,
 * and the 404 page with status 404. Used by `npm start` and by every browser
 * test, so a CSP or path mistake shows up before it reaches a CDN.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { lookup } from 'mrmime';
import { headerRules, headersFor, topLevelOf } from '../lib/headers';
import { cmsSettings } from '../admin/settings';

/**
 * The Content-Type a host gives a file by its extension: mrmime's table (the one Vite
 * and Astro use), UTF-8 for text. The types hosts may not know come on top from the
 * header rules (lib/headers.ts), as on a real host. mrmime leaves out vendor types;
 * of those, the site has only its favicon.
 */
export function hostContentType(path: string): string {
  if (extname(path) === '.ico') return 'image/x-icon';
  const type = lookup(extname(path));
  if (!type) return 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

const compressible = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export interface RunningServer {
  /** Origin plus base path, ending in a slash: `http://127.0.0.1:1234/mbo030/`. */
  url: string;
  origin: string;
  server: Server;
  close: () => Promise<void>;
}

export interface ServeOptions {
  base?: string;
  port?: number;
  host?: string;
  /** Apply the production headers (on by default; off only to test what they change). */
  headers?: boolean;
}

function resolveFile(dir: string, path: string): string | undefined {
  const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dir, safe);
  if (!candidate.startsWith(dir)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

export async function servePreview(dir: string, opts: ServeOptions = {}): Promise<RunningServer> {
  const base = opts.base ?? '/';
  const rules = existsSync(dir)
    ? headerRules({ topLevel: topLevelOf(dir), oauthOrigin: cmsSettings().oauthOrigin })
    : headerRules();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/' && base !== '/') {
      res.writeHead(302, { Location: base }).end();
      return;
    }
    const inside = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
    if (inside !== undefined && !path.endsWith('/') && !extname(path) && resolveFile(dir, `${inside}/`)) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const file = inside === undefined ? undefined : resolveFile(dir, inside);
    const served = file ?? join(dir, '404.html');
    const status = file ? 200 : 404;
    if (!existsSync(served)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
      return;
    }
    const type = hostContentType(served);
    const headers: Record<string, string> = {
      'Content-Type': type,
      ...(opts.headers === false ? {} : headersFor(file ? (inside ?? path) : '/404.html', rules)),
    };
    if (compressible.test(headers['Content-Type']!) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipSync(readFileSync(served));
      res
        .writeHead(status, {
          ...headers,
          'Content-Encoding': 'gzip',
          Vary: 'Accept-Encoding',
          'Content-Length': String(body.length),
        })
        .end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(served).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${opts.host === '0.0.0.0' ? 'localhost' : (opts.host ?? '127.0.0.1')}:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
