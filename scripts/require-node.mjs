/**
 * First step of `npm start`, `npm test` and the other npm scripts: says on one line
 * which Node runs them, and stops at once, in plain Dutch, when it is older than
 * Astro 7 allows. Plain JavaScript on purpose: it must run on any old Node.
 *
 * The project brings its own Node: the exactly pinned devDependency `node` puts
 * Node 24 in node_modules/.bin, which npm places first on PATH for its scripts.
 */
import { relative } from 'node:path';

export const MINIMUM = [22, 12];

/** True when version `v22.12.0`-style string is at least MINIMUM. */
export function isSupported(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rel = relative(process.cwd(), process.execPath);
  const where = rel && !rel.startsWith('..') ? rel : process.execPath;
  if (!isSupported(process.version)) {
    console.error(
      `Node ${process.version} (${where}) is te oud: mbo030 heeft Node ${MINIMUM.join('.')} of nieuwer nodig.\n` +
        'Normaal brengt `npm install` Node 24 mee (het pakket "node" in package.json) en gebruikt elk `npm run`-commando die.\n' +
        'Draai `npm install` opnieuw, zonder --ignore-scripts, en start dan opnieuw met `npm start` of `npm test`.',
    );
    process.exit(1);
  }
  console.log(`Node ${process.version} (${where})`);
}
