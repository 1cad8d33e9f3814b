/** The campaign colours of the mbo030 trademark, as the usage rules publish them. */
export const brandColors = {
  rood: { name: 'Utrechts rood', hex: '#b80c1f', use: 'het vlak van het beeldmerk' },
  geel: { name: 'Zonnig geel', hex: '#ffd23f', use: '030 in het beeldmerk' },
  inkt: { name: 'Inktblauw', hex: '#1b1640', use: 'tekst en donkere achtergronden' },
  wit: { name: 'Wit', hex: '#ffffff', use: 'mbo in het beeldmerk en lichte achtergronden' },
} as const;

export type BrandColor = keyof typeof brandColors;

/** "#b80c1f" → "184, 12, 31". */
export function hexToRgb(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`geen kleurcode: ${hex}`);
  return m
    .slice(1)
    .map((h) => parseInt(h, 16))
    .join(', ');
}

/**
 * Tailwind's theme lives in CSS (src/styles/global.css), so the site's colour tokens
 * are written there by hand. This lists every `--color-<name>` whose name is a brand
 * colour but whose value is not (`--color-rood: #b80c20, not #b80c1f`); the unit test
 * runs it on the real stylesheet. A brand colour without a token is fine (white).
 */
export function brandTokenDrift(css: string): string[] {
  const drift: string[] = [];
  for (const [name, color] of Object.entries(brandColors)) {
    const value = new RegExp(`--color-${name}\\s*:\\s*([^;]+);`).exec(css)?.[1]?.trim();
    if (value !== undefined && value.toLowerCase() !== color.hex)
      drift.push(`--color-${name}: ${value}, not ${color.hex}`);
  }
  return drift;
}
