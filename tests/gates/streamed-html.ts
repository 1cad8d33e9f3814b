/**
 * A slow line, made deterministic: a proxy in front of a served site that sends
 * one page's HTML in pieces, each cut at a tag, and sends the next piece only when
 * the test asks for it. Between pieces the test lets the browser paint, so every
 * half-parsed state of the page is drawn once, as on a phone on a slow line.
 * Every other request passes through unchanged (status, type and security headers).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A piece is at least this many bytes; the home page comes in about 25 pieces. */
export const PIECE_BYTES = 600;

/** Elements whose content is not markup: a cut (and its mark) inside them would be text. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'template', 'noscript', 'xmp', 'iframe']);
/** A start or end tag (quoted attribute values may hold `>`), or a comment. */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Elements that give a box its size once parsed: a piece also ends right before each. */
const MEDIA = new Set(['svg', 'img', 'picture', 'video']);

/**
 * Cut points in `html`: at the start of a tag inside <body>, outside elements whose
 * content is not markup (script, style, template, …): before every image or drawing
 * (a box drawn before its picture must not move when the picture comes), and else at
 * least `pieceBytes` apart.
 */
export function pieceBoundaries(html: string, pieceBytes = PIECE_BYTES): number[] {
  const body = html.search(/<body[\s>]/);
  if (body < 0) return [];
  const cuts: number[] = [];
  let last = body;
  let rawUntil: string | undefined;
  for (const tag of html.slice(body).matchAll(TAG)) {
    const at = body + tag.index;
    const [, closing, name = ''] = tag;
    const lower = name.toLowerCase();
    if (rawUntil) {
      if (closing && lower === rawUntil) rawUntil = undefined;
      continue;
    }
    if (name && at > last && (at - last >= pieceBytes || (!closing && MEDIA.has(lower)))) {
      cuts.push(at);
      last = at;
    }
    if (name && !closing && RAW.has(lower)) rawUntil = lower;
  }
  return cuts;
}

/** The comment that ends piece `n`: once it is in the DOM, the whole piece has been parsed. */
export const pieceMark = (n: number) => `mbo030-stuk-${n}`;

export interface StreamedPage {
  /** The page's URL on the proxy. */
  url: string;
  /** How many pieces the page comes in. */
  pieces: number;
  /** Sends piece `n` (piece 0 goes out with the response). */
  send: (n: number) => Promise<void>;
  close: () => Promise<void>;
}

const passedHeaders = (headers: Headers) =>
  Object.fromEntries(
    [...headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name)),
  );

/** Splits `html` at its piece boundaries; every piece but the last ends with its mark. */
export function pagePieces(html: string): string[] {
  const cuts = [0, ...pieceBoundaries(html), html.length];
  return cuts.slice(1).map((end, n) => html.slice(cuts[n], end) + (end < html.length ? `<!--${pieceMark(n)}-->` : ''));
}

/** Serves `baseUrl` through a proxy that streams `path` piece by piece on `send(n)`. */
export async function streamPage(baseUrl: string, path: string): Promise<StreamedPage> {
  const target = new URL(path.replace(/^\//, ''), baseUrl);
  const response = await fetch(target);
  const pieces = pagePieces(await response.text());
  let open: ((res: ServerResponse) => void) | undefined;
  const opened = new Promise<ServerResponse>((resolve) => (open = resolve));

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', baseUrl);
    if (url.pathname === target.pathname) {
      res.writeHead(response.status, passedHeaders(response.headers));
      res.write(pieces[0]);
      if (pieces.length === 1) res.end();
      open?.(res);
      return;
    }
    fetch(url, { headers: { accept: req.headers.accept ?? '*/*' } })
      .then(async (r) => {
        res.writeHead(r.status, passedHeaders(r.headers));
        res.end(Buffer.from(await r.arrayBuffer()));
      })
      .catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const proxied = new URL(target.pathname + target.search, `http://127.0.0.1:${port}`);

  return {
    url: proxied.href,
    pieces: pieces.length,
    send: async (n) => {
      const res = await opened;
      if (n === 0) return;
      res.write(pieces[n]);
      if (n === pieces.length - 1) res.end();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
