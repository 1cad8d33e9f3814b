/**
 * System tools that npm cannot bring: nginx (the server-snippet test) and Java
 * (the W3C Nu HTML checker). On a developer's machine a missing tool skips the
 * tests that need it, and the Vitest summary says so in one line
 * (tests/helpers/skipped-tools-reporter.ts). With CI=true a missing tool fails:
 * .ci/run installs both.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isExecutableFile } from '../../scripts/lib/executable.ts';

export interface SystemTool {
  /** What the summary line calls it. */
  name: string;
  /** How to install it on Debian. */
  install: string;
  /** The executable, or undefined when missing. */
  path: string | undefined;
}

const javaWorks = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

export const nginx: SystemTool = {
  name: 'nginx',
  install: 'apt-get install nginx-light',
  path: ['/usr/sbin/nginx', '/usr/bin/nginx'].find(isExecutableFile),
};

export const java: SystemTool = {
  name: 'Java',
  install: 'apt-get install openjdk-17-jre-headless',
  path: javaWorks() ? 'java' : undefined,
};

export const inCI = process.env.CI === 'true' || process.env.CI === '1';

/** Where skipped tests are noted for the summary line (one line per tool). */
export const skipNoteDir = `${process.cwd()}/tests/.output/skipped-tools`;

/**
 * True when the tests needing `tool` must be skipped. In CI a missing tool
 * throws instead, so the run fails with the install command in the message.
 */
export function skipWithout(tool: SystemTool, what: string): boolean {
  if (tool.path) return false;
  if (inCI)
    throw new Error(`${tool.name} ontbreekt, en in CI is dat een fout: installeer het (${tool.install}) voor ${what}.`);
  noteSkip(tool, what);
  return true;
}

function noteSkip(tool: SystemTool, what: string) {
  // Written at collection time (test files run in workers); the reporter reads the folder at the end.
  mkdirSync(skipNoteDir, { recursive: true });
  writeFileSync(
    `${skipNoteDir}/${tool.name}.txt`,
    `overgeslagen: ${tool.name} ontbreekt (${what}; installeer: ${tool.install})`,
  );
}
