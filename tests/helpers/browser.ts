/** The tests use the same browser choice as the benchmarks (scripts/lib/browser.ts), set up for many contexts. */
import { launchBrowser as launch, MANY_CONTEXTS_FLAGS } from '../../scripts/lib/browser';

export { chromiumExecutable, RENDERER_PROCESSES } from '../../scripts/lib/browser';

export const launchBrowser = () => launch(MANY_CONTEXTS_FLAGS);
