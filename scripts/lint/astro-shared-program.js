// The .astro parser for ESLint's typed rules, with one TypeScript program for all .astro files.
//
// astro-eslint-parser turns each .astro file into TSX and, for type information, swaps that one file
// into a watched program: every file gets a new program and a new type checker over the whole project
// (±0.45 s each, 67 files: 30 of ESLint's 55 s). This parser first turns every .astro file of the
// project into TSX the same way (astro-eslint-parser itself, stopped at the hand-over to the
// TypeScript parser), builds one program with all of them, and gives it to the TypeScript parser as
// `programs`. The type information is the same; the checker is built once.
//
// A file whose text differs from what the program holds (an editor's unsaved text, a test's
// lintText) gets a program with its new TSX, built from the old one.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as astroParser from 'astro-eslint-parser';
import ts from 'typescript';

/** Thrown by the capturing parser once it has the TSX: nothing after that is needed. */
const captured = Symbol('captured');

/**
 * The TSX astro-eslint-parser hands to the TypeScript parser for this .astro text.
 * @param {string} text
 * @param {string} filePath
 * @returns {string}
 */
export function astroTsx(text, filePath) {
  let tsx = '';
  const capture = {
    // The name tells astro-eslint-parser it is a TypeScript parser, so it adds the `Astro` global as it
    // would for the real one.
    meta: { name: 'typescript-eslint/parser' },
    /** @param {string} code */
    parseForESLint(code) {
      tsx = code;
      throw captured;
    },
  };
  try {
    astroParser.parseForESLint(text, { filePath, parser: capture, sourceType: 'module' });
  } catch (error) {
    if (error !== captured) throw error;
  }
  return tsx;
}

/** When a file last changed, or -1 if it is gone. @param {string} file */
const modified = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/**
 * Files read from disk, kept across programs with the time they changed: a program built from an old
 * one reuses the objects it gets back unchanged instead of parsing all ±850 files again, and a
 * long-running ESLint (an editor's) sees a file that changed.
 * @type {Map<string, { modified: number, source: ts.SourceFile | undefined }>}
 */
const diskSources = new Map();

/**
 * Per tsconfig: the TSX of each .astro file (from disk, or the text being linted), when each file read
 * from disk changed, and the program.
 * @typedef {{ tsx: Map<string, string>, astroRead: Map<string, number>, program: ts.Program }} Project
 * @type {Map<string, Project>}
 */
const projects = new Map();

/**
 * The program for this tsconfig whose source of `filePath` is `tsx`, and of every other file what is
 * on disk now.
 * @param {string} tsconfig
 * @param {string} filePath
 * @param {string} tsx
 * @returns {ts.Program}
 */
function programFor(tsconfig, filePath, tsx) {
  const project = projects.get(tsconfig);
  if (!project) {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      tsconfig,
      { noEmit: true, jsx: ts.JsxEmit.Preserve, allowNonTsExtensions: true },
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
      undefined,
      undefined,
      [{ extension: '.astro', isMixedContent: true, scriptKind: ts.ScriptKind.Deferred }],
    );
    if (!parsed) throw new Error(`Cannot read ${tsconfig}`);
    /** @type {Map<string, string>} */
    const sources = new Map();
    /** @type {Map<string, number>} */
    const astroRead = new Map();
    for (const file of parsed.fileNames.filter((f) => f.endsWith('.astro')))
      readAstro(sources, astroRead, resolve(file));
    sources.set(filePath, tsx);
    const fresh = { tsx: sources, astroRead, program: createProgram(parsed.fileNames, parsed.options, sources) };
    projects.set(tsconfig, fresh);
    return fresh.program;
  }
  let changed = project.tsx.get(filePath) !== tsx;
  project.tsx.set(filePath, tsx);
  for (const [file, at] of project.astroRead)
    if (file !== filePath && modified(file) !== at) {
      readAstro(project.tsx, project.astroRead, file);
      changed = true;
    }
  for (const [file, read] of diskSources)
    if (modified(file) !== read.modified) {
      diskSources.delete(file);
      changed = true;
    }
  if (changed) {
    const rootNames = [...new Set([...project.program.getRootFileNames(), filePath])];
    project.program = createProgram(rootNames, project.program.getCompilerOptions(), project.tsx, project.program);
  }
  return project.program;
}

/**
 * Reads an .astro file's TSX from disk, and when it changed; a file that is gone has no TSX.
 * @param {Map<string, string>} tsx
 * @param {Map<string, number>} astroRead
 * @param {string} file
 */
function readAstro(tsx, astroRead, file) {
  astroRead.set(file, modified(file));
  if (existsSync(file)) tsx.set(file, astroTsx(readFileSync(file, 'utf8'), file));
  else tsx.delete(file);
}

/**
 * @param {readonly string[]} rootNames
 * @param {ts.CompilerOptions} options
 * @param {Map<string, string>} tsx
 * @param {ts.Program} [oldProgram]
 */
function createProgram(rootNames, options, tsx, oldProgram) {
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const code = tsx.get(resolve(fileName));
    if (code !== undefined) {
      const old = oldProgram?.getSourceFile(fileName);
      if (old?.text === code) return old;
      return ts.createSourceFile(fileName, code, languageVersion, true, ts.ScriptKind.TSX);
    }
    const at = modified(fileName);
    const read = diskSources.get(fileName);
    if (read?.modified === at) return read.source;
    const source = getSourceFile(fileName, languageVersion, ...rest);
    diskSources.set(fileName, { modified: at, source });
    return source;
  };
  return ts.createProgram({ rootNames, options, host, oldProgram });
}

/**
 * The nearest tsconfig.json above a file (what `project: true` means).
 * @param {string} filePath
 */
function nearestTsconfig(filePath) {
  for (let dir = dirname(filePath); ; dir = dirname(dir)) {
    const candidate = ts.findConfigFile(dir, ts.sys.fileExists);
    if (candidate) return resolve(candidate);
    if (dirname(dir) === dir) throw new Error(`No tsconfig.json above ${filePath}`);
  }
}

export const meta = { name: 'mbo030-astro-shared-program' };

/**
 * astro-eslint-parser's parseForESLint, with the shared program when type information is asked for.
 * @param {string} code
 * @param {Record<string, unknown> & { filePath?: string, project?: unknown }} options
 */
export function parseForESLint(code, options) {
  const { filePath, project } = options;
  if (!filePath?.endsWith('.astro') || !project) return astroParser.parseForESLint(code, options);
  const absolute = resolve(filePath);
  const tsconfig = typeof project === 'string' ? resolve(project) : nearestTsconfig(absolute);
  const program = programFor(tsconfig, absolute, astroTsx(code, filePath));
  return astroParser.parseForESLint(code, {
    ...options,
    project: undefined,
    projectService: undefined,
    programs: [program],
  });
}
