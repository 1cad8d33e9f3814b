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
 * the rest Astro encodes as always. The worker starts nothing new from then on.
 */
import type { AstroConfig, ImageTransform, LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What the integration puts in `image.service.config` on a cold build. */
export interface EarlyStartConfig {
  /** The output folder, where Astro has put the originals (`/_astro/…`) before rendering. */
  outDir: string;
  /** The site's base path (`/` or `/mbo030/`), which image URLs start with. */
  base: string;
}

type ImageConfig = AstroConfig['image'];
const STATE = Symbol.for('mbo030.image-early-start');
type Result = Awaited<ReturnType<LocalImageService['transform']>>;

/** One transform the worker was asked to make before Astro's image step. */
interface Job {
  transform: ImageTransform;
  result?: Promise<Result | undefined>;
}

/** Counts for the build log, read by the integration at the end of the build. */
export interface EarlyStartStats {
  /** Transforms the worker made before or during Astro's image step. */
  made: number;
  /** Of those, the ones it made before Astro's image step began (while pages rendered). */
  madeWhileRendering: number;
  /** Of those, the ones Astro asked for and got. */
  handedOver: number;
  /** Transforms the worker failed on (Astro then made them itself). */
  failed: number;
}

interface State {
  jobs: Map<string, Job>;
  queue: string[];
  busy: boolean;
  /** Astro's image step has begun (it called `transform`). */
  imageStep: boolean;
  stats: EarlyStartStats;
}

/**
 * Kept on `globalThis`: Astro bundles this module into the build, and the integration loads it from
 * the config, so there are two copies of it in one process.
 */
const state = ((globalThis as { [STATE]?: State })[STATE] ??= {
  jobs: new Map(),
  queue: [],
  busy: false,
  stats: { made: 0, madeWhileRendering: 0, handedOver: 0, failed: 0 },
  imageStep: false,
});

/** What the worker did in this process (for the integration's log line and for tests). */
export function earlyStartStats(): EarlyStartStats & { unused: number; pending: number } {
  const jobs = [...state.jobs.values()];
  const waiting = state.queue.filter((key) => {
    const job = state.jobs.get(key);
    return job !== undefined && job.result === undefined;
  }).length;
  return {
    ...state.stats,
    /** Made (or failed) but not yet asked for: at the end of a build, work done for nothing. */
    unused: jobs.filter((job) => job.result !== undefined).length,
    /** Queued or being made. */
    pending: waiting + (state.busy ? 1 : 0),
  };
}

/** A transform's identity: the original (its URL holds a hash of its bytes) and every option the sharp service reads. */
export function transformKey(transform: ImageTransform): string | undefined {
  const src = typeof transform.src === 'string' ? transform.src : transform.src.src;
  if (!src) return undefined;
  const { width, height, fit, position, background, format, quality } = transform;
  return JSON.stringify([src, width, height, fit, position, background, format, quality]);
}

function earlyConfig(imageConfig: ImageConfig): EarlyStartConfig | undefined {
  const config = imageConfig.service.config as { earlyStart?: EarlyStartConfig } | undefined;
  return config?.earlyStart;
}

/** Where the original of an imported image is in the output folder. */
export function originalPath(src: string, early: EarlyStartConfig): string {
  const path = src.startsWith(early.base) ? src.slice(early.base.length) : src;
  return join(early.outDir, path);
}

function work(imageConfig: ImageConfig, early: EarlyStartConfig): void {
  if (state.busy) return;
  // From the newest: Astro's image step takes them from the oldest, so the two meet only at the end.
  let job: Job | undefined;
  while (state.queue.length > 0 && !job) {
    const candidate = state.jobs.get(state.queue.pop()!);
    // Gone: Astro already asked for it.
    if (candidate && !candidate.result) job = candidate;
  }
  if (!job) return;
  state.busy = true;
  const src = typeof job.transform.src === 'string' ? job.transform.src : job.transform.src.src;
  job.result = readFile(originalPath(src, early))
    .then((data) => sharpService.transform(data, { ...job.transform, src }, imageConfig, silent))
    .then(
      (result) => {
        state.stats.made++;
        if (!state.imageStep) state.stats.madeWhileRendering++;
        return result;
      },
      () => {
        state.stats.failed++;
        return undefined;
      },
    )
    .finally(() => {
      state.busy = false;
      work(imageConfig, early);
    });
}

/** The worker logs nothing: a file it cannot make, Astro makes (and reports) itself. */
const silent = { info() {}, warn() {}, error() {} };

const service: LocalImageService = {
  ...sharpService,
  getURL(options, imageConfig, logger) {
    const url = sharpService.getURL(options, imageConfig, logger);
    const early = earlyConfig(imageConfig);
    const key = early && typeof options.src === 'object' ? transformKey(options) : undefined;
    if (early && key !== undefined && !state.jobs.has(key)) {
      state.jobs.set(key, { transform: options });
      state.queue.push(key);
      work(imageConfig, early);
    }
    return url;
  },
  async transform(inputBuffer, transform, imageConfig, logger) {
    state.imageStep = true;
    const key = transformKey(transform);
    const job = key === undefined ? undefined : state.jobs.get(key);
    if (key !== undefined) state.jobs.delete(key);
    const made = await job?.result;
    if (made) {
      state.stats.handedOver++;
      return made;
    }
    return sharpService.transform(inputBuffer, transform, imageConfig, logger);
  },
};

export default service;
