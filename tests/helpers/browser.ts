/** The tests use the same browser choice as the benchmarks (scripts/lib/browser.ts). */
export { launchBrowser, chromiumExecutable } from '../../scripts/lib/browser';
