/**
 * How the benchmarks start scripts/generate-corpus.ts: with the project's
 * TypeScript hooks (`npm run corpus` does the same), because the generator
 * imports the vocabulary from src/lib.
 */
import { join } from 'node:path';

export interface CorpusOptions {
  n: number;
  out: string;
  seed: string;
  ext: 'md' | 'mdx';
}

/** Node's arguments for one corpus. */
export function corpusArgs(root: string, o: CorpusOptions): string[] {
  return [
    '--import',
    join(root, 'scripts/ts-hooks.mjs'),
    join(root, 'scripts/generate-corpus.ts'),
    ...['--n', String(o.n), '--out', o.out, '--seed', o.seed, '--ext', o.ext],
  ];
}
