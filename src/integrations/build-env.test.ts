import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { buildEnvCheck } from './build-env';

/** What scripts/astro-build.mjs sets (astro.config.mjs passes its BUILD_ENV in). */
const BUILD_ENV = { MIMALLOC_PURGE_DELAY: '0' };

type Hook = (options: { logger: AstroIntegrationLogger }) => void;

function warningsFor(env: NodeJS.ProcessEnv): string[] {
  const warn = vi.fn();
  const { hooks } = buildEnvCheck(BUILD_ENV, env);
  (hooks['astro:build:start'] as Hook)({ logger: { warn } as unknown as AstroIntegrationLogger });
  return warn.mock.calls.map(([message]) => String(message));
}

describe('the build environment check', () => {
  it('is silent when the launcher set the environment, or the caller set it to a value of its own', () => {
    expect(warningsFor({ ...BUILD_ENV })).toEqual([]);
    expect(warningsFor({ MIMALLOC_PURGE_DELAY: '100' })).toEqual([]);
  });

  it('warns, naming the variable and the command, when astro build ran without it', () => {
    expect(warningsFor({})).toEqual([
      'astro build ran without MIMALLOC_PURGE_DELAY; start it with `npm run build` (scripts/astro-build.mjs), ' +
        'or the build keeps memory it no longer uses',
    ]);
  });
});

describe('astro.config.mjs', () => {
  it('checks for the environment of scripts/astro-build.mjs', async () => {
    const { default: config } = await import('../../astro.config.mjs');
    const check = (config.integrations ?? [])
      .flat()
      .find((i): i is AstroIntegration => !!i && i.name === 'mbo030:build-env');
    if (!check) throw new Error('astro.config.mjs has no mbo030:build-env integration');
    const warn = vi.fn();
    const saved = process.env.MIMALLOC_PURGE_DELAY;
    delete process.env.MIMALLOC_PURGE_DELAY;
    try {
      (check.hooks['astro:build:start'] as Hook)({ logger: { warn } as unknown as AstroIntegrationLogger });
    } finally {
      if (saved !== undefined) process.env.MIMALLOC_PURGE_DELAY = saved;
    }
    expect(warn).toHaveBeenCalledOnce();
  });
});
