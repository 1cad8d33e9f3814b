/** Gate: every built HTML file passes the W3C Nu HTML checker (vnu-jar), errors only. */
import { spawnSync } from 'node:child_process';
import { root } from '../helpers/astro-run';

export function htmlErrors(dir: string): string[] {
  const r = spawnSync(
    'java',
    [
      '-jar',
      `${root}node_modules/vnu-jar/build/dist/vnu.jar`,
      '--errors-only',
      '--skip-non-html',
      '--format',
      'gnu',
      dir,
    ],
    {
      encoding: 'utf8',
    },
  );
  if (r.error) throw new Error(`De HTML-controle kon niet starten (is Java 17 geïnstalleerd?): ${r.error.message}`);
  return `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.trim() !== '' && !l.includes('/pagefind/'));
}
