/**
 * Astro's own sharp image service, plus one thing: on a cold build it starts encoding while pages
 * are still rendering. Astro only encodes after the last page (docs/performance.md: cold build), and
 * rendering keeps one of two cores busy; this uses the other. Every file is still made by the sharp
 * service's own `transform`, with the same options, so the output is byte for byte what Astro makes.
 *
 * How: Astro asks `getURL` for every file a page uses while it renders. When the integration
 * (`image-early-start.ts`) switched early start on, `getURL` queues that transform, and a single
 * worker reads the original from the output folder and encodes it. When Astro starts its own image
 * step, it calls `transform` for each file: a file the worker made (or is making) is handed over,
 * the rest Astro encodes as always. The worker keeps going during the image step, from the newest
 * end of the queue, so it fills the gaps between Astro's own encodes.
 *
 * The switch lives in this process's memory, not in Astro's config: a config that differs between a
 * cold and a warm build would make Astro drop its content cache on the next warm build.
 */
import type { AstroConfig, ImageTransform, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

type ImageConfig = AstroConfig['image'];
type Result = Awaited<ReturnType<LocalImageService['transform']>>;

/** What the integration knows at the start of a cold build. */
export interface EarlyStart {
  /** The output folder, where Astro has put the originals (`/_astro/…`) before rendering. */
  outDir: string;
  /** The site's base path (`/` or `/mbo030/`), which image URLs start with. */
  base: string;
  /** Astro's image settings, as its own image step passes them to `transform`. */
  imageConfig: ImageConfig;
}

/** One transform the worker was asked to make before Astro's image step. */
interface Job {
  transform: ImageTransform;
  result?: Promise<Result | undefined>;
  /** The worker could not make it; kept, so a later `getURL` for it does not queue it again. */
  failed?: boolean;
}

/** Counts for the build log, read by the integration at the end of the build. */
export interface EarlyStartStats {
  /** Transforms the worker made before or during Astro's image step. */
  made: number;
  /** Of those, the ones it made before Astro's image step began (while pages rendered). */
  madeWhileRendering: number;
  /** Of those, the ones Astro asked for and got. */
  handedOver: number;
  /** Transforms the worker could not make, or made with a warning (Astro then made them itself). */
  failed: number;
}

interface State {
  early: EarlyStart | undefined;
  jobs: Map<string, Job>;
  queue: string[];
  busy: boolean;
  /** Astro's image step has begun (it called `transform`). */
  imageStep: boolean;
  stats: EarlyStartStats;
}

const STATE = Symbol.for('mbo030.image-early-start');
const fresh = (early?: EarlyStart): State => ({
  early,
  jobs: new Map(),
  queue: [],
  busy: false,
  imageStep: false,
  stats: { made: 0, madeWhileRendering: 0, handedOver: 0, failed: 0 },
});

/**
 * Kept on `globalThis`: Astro bundles this module into the build, and the integration loads it from
 * the config, so there are two copies of it in one process.
 */
const holder = globalThis as { [STATE]?: State };
const state = (): State => (holder[STATE] ??= fresh());

/** Switches early start on (with what it needs) or off, and forgets any earlier build in this process. */
export function setEarlyStart(early: EarlyStart | undefined): void {
  holder[STATE] = fresh(early);
}

/** What early start was switched on with in this build, if it was. */
export function earlyStartSettings(): EarlyStart | undefined {
  return state().early;
}

/** What the worker did in this build (for the integration's log line and for tests). */
export function earlyStartStats(): EarlyStartStats & { unused: number; pending: number } {
  const { jobs, queue, busy, stats } = state();
  const waiting = queue.filter((key) => {
    const job = jobs.get(key);
    return job !== undefined && job.result === undefined;
  }).length;
  return {
    ...stats,
    /** Made but not (yet) asked for: at the end of a build, work done for nothing. */
    unused: [...jobs.values()].filter((job) => job.result !== undefined && !job.failed).length,
    /** Queued or being made. */
    pending: waiting + (busy ? 1 : 0),
  };
}

/** A transform's identity: the original (its URL holds a hash of its bytes) and every option the sharp service reads. */
export function transformKey(transform: ImageTransform): string | undefined {
  const src = typeof transform.src === 'string' ? transform.src : transform.src.src;
  if (!src) return undefined;
  const { width, height, fit, position, background, format, quality } = transform;
  return JSON.stringify([src, width, height, fit, position, background, format, quality]);
}

/** Where the original of an imported image is in the output folder. */
export function originalPath(src: string, early: Pick<EarlyStart, 'outDir' | 'base'>): string {
  const path = src.startsWith(early.base) ? src.slice(early.base.length) : src;
  return join(early.outDir, path);
}

/** Makes one file as Astro's image step would; undefined if that gave a warning, so Astro makes it and warns itself. */
async function make(transform: ImageTransform, src: string, early: EarlyStart): Promise<Result | undefined> {
  let warned = false;
  const logger = { info() {}, warn: () => void (warned = true), error: () => void (warned = true) };
  const data = await readFile(originalPath(src, early));
  const result = await sharpService.transform(data, { ...transform, src }, early.imageConfig, logger);
  return warned ? undefined : result;
}

function work(): void {
  const current = state();
  const { early, jobs, queue } = current;
  if (current.busy || !early) return;
  let job: Job | undefined;
  while (queue.length > 0 && !job) {
    const candidate = jobs.get(queue.pop()!);
    // Gone: Astro already asked for it.
    if (candidate && !candidate.result) job = candidate;
  }
  if (!job) return;
  const made = job;
  current.busy = true;
  const src = typeof job.transform.src === 'string' ? job.transform.src : job.transform.src.src;
  const done = (result: Result | undefined) => {
    if (result) {
      current.stats.made++;
      if (!current.imageStep) current.stats.madeWhileRendering++;
    } else {
      current.stats.failed++;
      // Not counted as unused: Astro makes it when it asks.
      made.failed = true;
    }
    return result;
  };
  job.result = make(job.transform, src, early)
    .then(done, () => done(undefined))
    .finally(() => {
      current.busy = false;
      work();
    });
}

const service: LocalImageService = {
  ...sharpService,
  getURL(options, imageConfig, logger) {
    const url = sharpService.getURL(options, imageConfig, logger);
    const current = state();
    const key = current.early && typeof options.src === 'object' ? transformKey(options) : undefined;
    if (key !== undefined && !current.jobs.has(key)) {
      current.jobs.set(key, { transform: { ...options } });
      current.queue.push(key);
      work();
    }
    return url;
  },
  async transform(inputBuffer, transform, imageConfig, logger) {
    const current = state();
    current.imageStep = true;
    const key = transformKey(transform);
    const job = key === undefined ? undefined : current.jobs.get(key);
    if (key !== undefined) current.jobs.delete(key);
    const made = await job?.result;
    if (made) {
      current.stats.handedOver++;
      return made;
    }
    return sharpService.transform(inputBuffer, transform, imageConfig, logger);
  },
};

export default service;
