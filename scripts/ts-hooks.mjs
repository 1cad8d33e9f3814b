/**
 * Lets Node run the project's TypeScript modules directly (`node --import
 * ./scripts/ts-hooks.mjs script.ts`): Node strips the types itself; this hook
 * only adds the `.ts` (or `/index.ts` for a folder) that our import paths leave
 * out, as Vite allows.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (
        !['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT'].includes(error?.code) ||
        !/^\.{1,2}\//.test(specifier) ||
        /\.[cm]?[jt]s$/.test(specifier)
      )
        throw error;
      for (const suffix of ['.ts', '/index.ts']) {
        try {
          return next(`${specifier}${suffix}`, context);
        } catch {
          // try the next suffix
        }
      }
      throw error;
    }
  },
});
