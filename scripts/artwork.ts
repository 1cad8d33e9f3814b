/**
 * Original, honest artwork for the site: abstract compositions in the campaign
 * colours, never a fake photo. Deterministic: the same name always gives the
 * same picture. Used by `make-artwork.ts` and by the test fixture generator.
 */
import { wordmarkShapes } from '../src/lib/trademark/wordmark.ts';

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
    if (kind === 0)
      shapes.push(`<circle cx="${x}" cy="${y}" r="${Math.round(unit * (0.15 + rnd() * 0.35))}" fill="${fill}"/>`);
    if (kind === 1) {
      const r = Math.round(unit * (0.2 + rnd() * 0.3));
      shapes.push(`<path d="M${x - r} ${y}a${r} ${r} 0 0 1 ${2 * r} 0z" fill="${fill}"/>`);
    }
    if (kind === 2) {
      const w = Math.round(unit * 0.06);
      const stripes = Array.from(
        { length: 4 },
        (_, k) =>
          `<rect x="${x + k * w * 2}" y="${y - unit * 0.3}" width="${w}" height="${Math.round(unit * 0.6)}" rx="${w / 2}" fill="${fill}"/>`,
      );
      shapes.push(`<g transform="rotate(${Math.round(rnd() * 90 - 45)} ${x} ${y})">${stripes.join('')}</g>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${bg}"/>${shapes.join('')}</svg>\n`;
}

/** The wordmark's shapes (168 × 48), for pictograms that show where the trademark appears. */
const wordmark = wordmarkShapes('kleur');

/**
 * Flat pictograms (1600 × 1000) of the places the plan names for the trademark:
 * a city bus, a building site, a care home. Drawn shapes, clearly not photos.
 */
export function pictogramSvg(kind: 'bus' | 'bouw' | 'zorg'): string {
  const mark = (x: number, y: number, s: number) => `<g transform="translate(${x} ${y}) scale(${s})">${wordmark}</g>`;
  const scenes = {
    bus: `<rect width="1600" height="1000" fill="#d5f0e3"/><rect y="800" width="1600" height="200" fill="#4a4566"/><rect x="240" y="330" width="1120" height="440" rx="60" fill="#fff8ec" stroke="#1b1640" stroke-width="16"/>${[0, 1, 2, 3].map((i) => `<rect x="${300 + i * 230}" y="380" width="190" height="150" rx="20" fill="#1b1640"/>`).join('')}<rect x="1230" y="380" width="90" height="300" rx="16" fill="#1b1640"/>${mark(360, 590, 2.6)}<circle cx="460" cy="780" r="80" fill="#1b1640"/><circle cx="1140" cy="780" r="80" fill="#1b1640"/><circle cx="460" cy="780" r="30" fill="#ffd23f"/><circle cx="1140" cy="780" r="30" fill="#ffd23f"/>`,
    bouw: `<rect width="1600" height="1000" fill="#fff1c2"/><rect y="860" width="1600" height="140" fill="#4a4566"/><path d="M300 120V860M300 160H1240M300 160L560 380M1150 160v260" stroke="#1b1640" stroke-width="26" fill="none" stroke-linecap="round"/><rect x="1080" y="420" width="140" height="90" fill="#b80c1f"/>${[0, 1, 2, 3].map((r) => [0, 1, 2].map((c) => `<rect x="${620 + c * 150}" y="${470 + r * 95}" width="110" height="65" fill="#1b1640"/>`).join('')).join('')}<rect x="580" y="430" width="500" height="430" fill="none" stroke="#1b1640" stroke-width="18"/><rect x="520" y="300" width="620" height="110" fill="#fff8ec" stroke="#1b1640" stroke-width="12"/>${mark(660, 318, 1.55)}`,
    zorg: `<rect width="1600" height="1000" fill="#fff8ec"/><rect y="860" width="1600" height="140" fill="#d5f0e3"/><path d="M380 420L800 150L1220 420V860H380Z" fill="#ffd23f" stroke="#1b1640" stroke-width="18" stroke-linejoin="round"/><rect x="700" y="620" width="200" height="240" rx="16" fill="#1b1640"/><path d="M800 300v180M710 390h180" stroke="#b80c1f" stroke-width="60" stroke-linecap="round"/>${mark(440, 520, 1.3)}<rect x="1000" y="560" width="150" height="120" rx="12" fill="#1b1640"/>`,
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" viewBox="0 0 1600 1000">${scenes[kind]}</svg>\n`;
}
