/**
 * What every badge and trademark SVG must be, to be safe and small on any
 * school's website. Used by the build (a failing badge stops it) and the tests.
 */
export const MAX_BADGE_BYTES = 10_000;

/** Problems with one SVG file, in Dutch; empty when it is fine. */
export function svgFileProblems(svg: string): string[] {
  const problems: string[] = [];
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  if (!root) return ['geen <svg>-element'];
  if (!/\sviewBox="0 0 [\d.]+ [\d.]+"/.test(root)) problems.push('viewBox ontbreekt');
  if (!/\swidth="[\d.]+"/.test(root)) problems.push('width ontbreekt');
  if (!/\sheight="[\d.]+"/.test(root)) problems.push('height ontbreekt');
  if (!/<title\b[^>]*>[^<]+<\/title>/.test(svg)) problems.push('<title> ontbreekt of is leeg');
  if (/<script\b/i.test(svg)) problems.push('bevat <script>');
  if (/<text\b/i.test(svg)) problems.push('bevat <text> (tekst moet omgezet zijn naar vormen)');
  if (/<(foreignObject|iframe|image|style)\b/i.test(svg))
    problems.push('bevat een element dat niet mag (foreignObject, iframe, image of style)');
  if (/\son[a-z]+\s*=/i.test(svg)) problems.push('bevat een event-attribuut (on…=)');
  const refs = [...svg.matchAll(/\s(?:xlink:)?href\s*=\s*"([^"]*)"/g)].map((m) => m[1]!);
  for (const ref of refs) if (!ref.startsWith('#')) problems.push(`verwijst naar iets buiten het bestand: ${ref}`);
  if (/url\(\s*['"]?(?!#)/i.test(svg)) problems.push('bevat een url() naar buiten het bestand');
  if (/@import/i.test(svg)) problems.push('bevat @import');
  const bytes = Buffer.byteLength(svg);
  if (bytes > MAX_BADGE_BYTES) problems.push(`is ${bytes} bytes, meer dan ${MAX_BADGE_BYTES}`);
  return problems;
}

/** Throws with the file name and every problem, so a bad badge never ships. */
export function assertSafeSvg(name: string, svg: string): string {
  const problems = svgFileProblems(svg);
  if (problems.length > 0) throw new Error(`Badge ${name} is niet in orde: ${problems.join('; ')}.`);
  return svg;
}
