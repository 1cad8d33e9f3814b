/**
 * ESLint and Prettier through their Node APIs, for tests/build/lint.test.ts: the same configuration as
 * `npm run lint`, with each problem as `file:line` so a failing test says where to look.
 *
 * Both remember what they found clean in tests/.output/, and only that:
 * - ESLint's typed rules read other files' types, so a result holds only for the whole project as it was:
 *   one stamp of every file ESLint reads (code, configs, lockfile, Astro's generated types). Any change
 *   lints everything again. (ESLint's own --cache is per file and would miss a change of types.)
 * - Prettier formats each file on its own: a file whose bytes were found formatted under the same
 *   configuration is not formatted again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import tseslint from 'typescript-eslint';
import { outputRoot, projectFiles, root } from './astro-run';

const sha256 = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/**
 * Paths the test lints text under (never written to disk): the project's rules apply to them by their
 * folder, without type information (a file that is not on disk is in no TypeScript project).
 */
export const probeFiles = ['src/layouts/lint-probe.ts', 'src/lib/lint-probe.ts'];

/** ESLint with the project's own eslint.config.js, run from the root. */
export function projectEslint(): ESLint {
  return new ESLint({ cwd: root, overrideConfig: [{ files: probeFiles, ...tseslint.configs.disableTypeChecked }] });
}

/** Each message of ESLint's results as `file:line:column rule: message`. */
export function eslintProblems(results: ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.map((m) => {
      const at = m.line ? `:${m.line}:${m.column}` : '';
      return `${relative(root, result.filePath)}${at} ${m.ruleId ?? 'parse error'}: ${m.message}`;
    }),
  );
}

const lintStampFile = join(outputRoot, 'eslint-clean.stamp');

/** Everything ESLint's result depends on: the project's files (not the content) and Astro's generated types. */
function lintStamp(): string {
  const astroTypes = existsSync(join(root, '.astro'))
    ? readdirSync(join(root, '.astro'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.ts'))
    : [];
  const files = [
    ...projectFiles()
      .map((f) => relative(root, f))
      .filter((f) => !f.startsWith(`content${sep}`)),
    ...astroTypes.sort().map((f) => join('.astro', f)),
  ];
  return sha256(process.version, ...files.flatMap((f) => [f, readFileSync(join(root, f))]));
}

/**
 * ESLint's problems in the whole project (`eslint .`). Skipped, with no problems, when the project is
 * byte for byte what the last run found clean.
 */
export async function eslintProjectProblems(eslint: ESLint): Promise<{ problems: string[]; reused: boolean }> {
  const stamp = lintStamp();
  if (existsSync(lintStampFile) && readFileSync(lintStampFile, 'utf8') === stamp) return { problems: [], reused: true };
  const problems = eslintProblems(await eslint.lintFiles(['.']));
  if (problems.length === 0) {
    mkdirSync(outputRoot, { recursive: true });
    writeFileSync(lintStampFile, stamp);
  }
  return { problems, reused: false };
}

const ignorePath = [join(root, '.gitignore'), join(root, '.prettierignore')];

/** The files `prettier --check .` reads: every project file Prettier has a parser for and does not ignore. */
export async function formattedFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const file of projectFiles()) {
    const info = await prettier.getFileInfo(file, { ignorePath, resolveConfig: true });
    if (!info.ignored && info.inferredParser) files.push(file);
  }
  return files;
}

/** `file:line` of the first line Prettier would change in `text`, or undefined when it is formatted. */
export async function unformattedAt(file: string, text: string): Promise<string | undefined> {
  const options = await prettier.resolveConfig(file);
  const formatted = await prettier.format(text, { ...options, filepath: file });
  if (formatted === text) return undefined;
  const before = text.split('\n');
  const after = formatted.split('\n');
  const line = before.findIndex((l, i) => l !== after[i]);
  return `${relative(root, file)}:${(line < 0 ? before.length : line) + 1}`;
}

const formattedCacheFile = join(outputRoot, 'prettier-formatted.json');

/** `file:line` for each of `files` that Prettier would change. */
export async function unformatted(files: string[]): Promise<string[]> {
  const setup = sha256(
    prettier.version,
    ...['prettier.config.js', 'package-lock.json'].map((f) => readFileSync(join(root, f))),
  );
  const known = new Set<string>(
    existsSync(formattedCacheFile) ? (JSON.parse(readFileSync(formattedCacheFile, 'utf8')) as string[]) : [],
  );
  const formatted = new Set<string>();
  const problems: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const key = sha256(setup, relative(root, file), text);
    const at = known.has(key) ? undefined : await unformattedAt(file, text);
    if (at) problems.push(at);
    else formatted.add(key);
  }
  mkdirSync(outputRoot, { recursive: true });
  writeFileSync(formattedCacheFile, JSON.stringify([...formatted]));
  return problems;
}
