import type { AstroIntegration } from 'astro';

/**
 * Warns when `astro build` runs without the environment that `npm run build` gives it
 * (`BUILD_ENV` in scripts/astro-build.mjs, passed in by astro.config.mjs): the build then
 * still works, but holds on to memory it no longer uses. The tests' warning gate fails
 * on it, so every test build runs the way the real one does.
 */
export function buildEnvCheck(
  expected: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env,
): AstroIntegration {
  return {
    name: 'mbo030:build-env',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const missing = Object.keys(expected).filter((name) => env[name] === undefined);
        if (missing.length === 0) return;
        logger.warn(
          `astro build ran without ${missing.join(', ')}; start it with \`npm run build\` (scripts/astro-build.mjs), ` +
            'or the build keeps memory it no longer uses',
        );
      },
    },
  };
}
