import { accessSync, constants, statSync } from 'node:fs';

/**
 * True for a file this process may run (the system Chromium, nginx). Not only "exists": a machine can
 * have something else at the path (a shim, or /dev/null mounted over it to hide the tool, as
 * `npm run proef:nieuwkomer` does), and starting that fails instead of falling back or skipping.
 */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
