/**
 * Gate: every built HTML file passes the W3C Nu HTML checker (vnu-jar), errors only.
 * Since the site's CSS is in each page (inlineStylesheets), the checker reads it too.
 * Its CSS checker predates two things Tailwind 4 writes, and those two messages are
 * left out, nothing else: `@property` (Baseline since 2024) and `margin-trim`, which
 * appears only as a condition inside @supports.
 */
import { spawnSync } from 'node:child_process';
import { root } from '../helpers/astro-run';

/** The two messages of the checker's outdated CSS checker that we leave out. */
export const CSS_CHECKER_GAPS =
  /.*CSS: (Unrecognized at-rule “@property”|“margin-trim”: Property “margin-trim” doesn't exist\.).*/;

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
      '--filterpattern',
      CSS_CHECKER_GAPS.source,
      dir,
    ],
    {
      encoding: 'utf8',
    },
  );
  if (r.error) throw new Error(`De HTML-controle kon niet starten (is Java 17 geïnstalleerd?): ${r.error.message}`);
  return `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.trim() !== '' && !l.includes('/pagefind/'));
}
