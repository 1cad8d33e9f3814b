/**
 * Runs `astro sync` for many projects in one Node process, one after another:
 * Astro is loaded once instead of once per sync. Reads a JSON list of jobs
 * ({ root, env }) from the file named by its first argument and writes back
 * each job's exit code and output: what Astro logged, and for a failed sync the
 * error as the CLI prints it (collectErrorMetadata + formatErrorMessage, as in
 * astro/dist/cli/throw-and-exit.js). Used by tests/helpers/astro-run.ts (syncAll).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Job {
  root: string;
  env: Record<string, string>;
}

const file = process.argv[2]!;
const jobs = JSON.parse(readFileSync(file, 'utf8')) as Job[];
const astro = join(import.meta.dirname, '../../node_modules/astro/dist');
const { default: sync } = (await import(join(astro, 'core/sync/index.js'))) as {
  default: (config: object) => Promise<void>;
};
const { collectErrorMetadata } = (await import(join(astro, 'core/errors/dev/utils.js'))) as {
  collectErrorMetadata: (e: unknown) => unknown;
};
const { createSafeError } = (await import(join(astro, 'core/errors/utils.js'))) as {
  createSafeError: (e: unknown) => unknown;
};
const { formatErrorMessage } = (await import(join(astro, 'core/messages/runtime.js'))) as {
  formatErrorMessage: (e: unknown, full: boolean) => string;
};

const baseEnv = { ...process.env };
const results: { code: number; output: string }[] = [];
for (const job of jobs) {
  process.env = { ...baseEnv, ...job.env };
  let output = '';
  const write = (chunk: string | Uint8Array) => ((output += String(chunk)), true);
  // Both streams write into `output` while Astro runs; the real writers come back after.
  const [out, err] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  process.stdout.write = write;
  process.stderr.write = write;
  let code = 0;
  try {
    await sync({ root: job.root, logLevel: 'info' });
  } catch (error) {
    code = 1;
    output += `${formatErrorMessage(collectErrorMetadata(createSafeError(error)), true)}\n`;
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
  results.push({ code, output });
}
writeFileSync(file, JSON.stringify(results));
