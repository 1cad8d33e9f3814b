/**
 * One test file at a time may run Astro (build, sync, dev, check): every Astro
 * run writes the project's .astro/ folder. Test files run two at a time (one
 * per core); a file that runs Astro holds this lock from its first test to its
 * last, so it shares the machine only with files that read the built sites.
 * The lock is a folder (mkdir is atomic) holding the owner's pid; a lock left by
 * a process that no longer runs is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputRoot } from './astro-run';

const lock = join(outputRoot, 'astro.lock');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function holdAstro(): Promise<void> {
  mkdirSync(outputRoot, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return;
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // Being written right now: wait.
      }
      if (owner && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export function releaseAstro(): void {
  rmSync(lock, { recursive: true, force: true });
}
