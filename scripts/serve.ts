/**
 * `npm start` (after the build) and `npm run preview`: serves the built site
 * like production, with the headers and base path of the deployment.
 *   PORT=4321 BASE_PATH=/mbo030/ OUT_DIR=dist
 */
const { servePreview } = await import('../src/server/preview-server.ts');
const { normalizeBase } = await import('../src/lib/base-path.ts');

const base = normalizeBase(process.env.BASE_PATH);
const dir = process.env.OUT_DIR ?? 'dist';
const running = await servePreview(new URL(`../${dir}/`, import.meta.url).pathname.replace(/\/$/, ''), {
  base,
  port: Number(process.env.PORT ?? 4321),
  host: process.env.HOST ?? '127.0.0.1',
});
console.log(`mbo030 staat klaar op ${running.url} (met de headers van productie). Stoppen: Ctrl+C.`);
