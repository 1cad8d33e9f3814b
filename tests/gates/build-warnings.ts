/**
 * The warnings in an Astro build log: lines Astro's logger marks `[WARN]`
 * (colour codes removed). A build of our sites has none, so a new one is seen
 * the day it appears instead of drowning among others.
 */
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export function buildWarnings(log: string): string[] {
  return log
    .replace(ansi, '')
    .split('\n')
    .filter((line) => /\[WARN\]/.test(line));
}
