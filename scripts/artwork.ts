/**
 * Original, honest artwork for the site: abstract compositions in the campaign
 * colours, never a fake photo. Deterministic: the same name always gives the
 * same picture. Used by `make-artwork.ts` and by the test fixture generator.
 */

const palette = ['#b80c1f', '#ffd23f', '#1b1640', '#d5f0e3', '#fff8ec', '#ff8a5c'];

/** A small, seeded pseudo-random generator (mulberry32), so artwork never changes between runs. */
export function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = (h << 13) | (h >>> 19);
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An SVG of circles, arcs and stripes in campaign colours; no text, so it renders the same everywhere. */
export function artworkSvg(seed: string, width: number, height: number): string {
  const rnd = seeded(seed);
  const pick = () => palette[Math.floor(rnd() * palette.length)]!;
  const bg = palette[Math.floor(rnd() * 3)]!;
  const shapes: string[] = [];
  const unit = Math.min(width, height);
  for (let i = 0; i < 5; i++) {
    const fill = pick();
    if (fill === bg) continue;
    const x = Math.round(rnd() * width);
    const y = Math.round(rnd() * height);
    const kind = Math.floor(rnd() * 3);
    if (kind === 0) shapes.push(`<circle cx="${x}" cy="${y}" r="${Math.round(unit * (0.15 + rnd() * 0.35))}" fill="${fill}"/>`);
    if (kind === 1) {
      const r = Math.round(unit * (0.2 + rnd() * 0.3));
      shapes.push(`<path d="M${x - r} ${y}a${r} ${r} 0 0 1 ${2 * r} 0z" fill="${fill}"/>`);
    }
    if (kind === 2) {
      const w = Math.round(unit * 0.06);
      const stripes = Array.from({ length: 4 }, (_, k) => `<rect x="${x + k * w * 2}" y="${y - unit * 0.3}" width="${w}" height="${Math.round(unit * 0.6)}" rx="${w / 2}" fill="${fill}"/>`);
      shapes.push(`<g transform="rotate(${Math.round(rnd() * 90 - 45)} ${x} ${y})">${stripes.join('')}</g>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${bg}"/>${shapes.join('')}</svg>\n`;
}
