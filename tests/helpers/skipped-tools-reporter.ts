/**
 * Adds one plain line per missing system tool to the end of the Vitest output,
 * e.g. "overgeslagen: nginx ontbreekt (…)", so a skipped test never goes unseen.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Reporter } from 'vitest/node';
import { skipNoteDir } from './system-tools';

export default class SkippedToolsReporter implements Reporter {
  onInit() {
    rmSync(skipNoteDir, { recursive: true, force: true });
  }

  onTestRunEnd() {
    if (!existsSync(skipNoteDir)) return;
    for (const file of readdirSync(skipNoteDir).sort()) console.log(readFileSync(`${skipNoteDir}/${file}`, 'utf8'));
  }
}
