/**
 * Built sites in tests are served by the same preview server as `npm start`:
 * with the production headers (CSP, cache rules, content types) and the 404
 * page with status 404, on 127.0.0.1 under the site's base path.
 */
import { servePreview, type RunningServer } from '../../src/server/preview-server';

export type { RunningServer };

export function serve(dir: string, base = '/', opts: { headers?: boolean } = {}): Promise<RunningServer> {
  return servePreview(dir, { base, ...opts });
}
